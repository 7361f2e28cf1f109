import functools
class Data:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
d = Data()
print(d.value, d.value, d.calls, "value" in vars(d))
del d.value
print(d.value, d.calls)
d.value = 7
print(d.value, type(Data.value).__name__, Data.value.attrname)
class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print(e)
