class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")), type(vars(C)).__name__)
vars(c)["b"] = 2
print(c.b)
class S:
    __slots__ = ("x",)
for obj in [S(), 5, "s", [1]]:
    try:
        vars(obj)
    except TypeError as e:
        print(e)
import math
print(vars(math)["pi"], "sqrt" in vars(math))
def f():
    q = 1
    return vars()
print(f())
