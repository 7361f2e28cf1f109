class Base:
    x = 1
    def m(self):
        pass
class Child(Base):
    y = 2
    def __init__(self):
        self.z = 3
c = Child()
print([n for n in dir(c) if not n.startswith("__")], sorted(vars(c)), [n for n in dir(Child) if not n.startswith("_")])
print(dir([])[-5:], "append" in dir(list), "__len__" in dir("s"))
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))
import math
print([n for n in dir(math) if n.startswith("f")])
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(k for k in vars(Child) if not k.startswith("__")))
def f():
    a = 1
    return sorted(dir())
print(f())
