def init(self, v):
    self.v = v


Dyn = type("Dyn", (), {"init_count": 0, "__init__": init, "get": lambda self: self.v})
d = Dyn(5)
print(type(d).__name__, d.get(), Dyn.init_count)
Sub = type("Sub", (Dyn,), {"extra": True})
s = Sub(7)
print(s.get(), s.extra, Sub.__mro__)
print(type(3) is int, type("x").__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
try:
    type("A", "B")
except TypeError as e:
    print(e)
