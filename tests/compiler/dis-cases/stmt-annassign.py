x: int = 1
y: str
z.a: int
w[0]: int = 2
class C:
    a: int
    b: list[int] = []
def f():
    v: int = 1
    u: str
