import dis
import io
import re


def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    print(re.sub(r"0x[0-9a-f]+", "0x...", out.getvalue()), end="")
    print("=" * 20)


show("a = b + 1")
show("x.y(3)")
show("lambda q: q * 2")
show("for i in range(3): print(i)")


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"

    @classmethod
    def make(cls):
        return cls("shape")

    @staticmethod
    def unit():
        return 1

    @property
    def upper(self):
        return self.name.upper()


show(Shape)
show(Shape.describe)
show(Shape("s").describe)


def gen(n):
    for i in range(n):
        yield i * i
    return "end"


async def coro(x):
    return x


show(gen)
g = gen(3)
show(g)
c = coro(1)
show(c)
c.close()
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
