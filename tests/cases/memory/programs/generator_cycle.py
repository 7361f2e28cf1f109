# A suspended generator on a cycle (it refers to itself through a local): the collector
# finalizes it, running its finally block, and only then its locals die.
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(holder):
    r = Res("generator local")
    try:
        yield 1
        yield 2
    finally:
        print("finally, holder has", len(holder))


gc.disable()
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("cycle dropped")
print("collected", gc.collect())
print("end")
