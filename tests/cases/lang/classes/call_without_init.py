# Calling classes that keep object's __new__ and __init__: plain, with __slots__, with __del__,
# with arguments (TypeError), abstract methods set by hand, an __init__ or __new__ added later,
# and subclasses of built-in types, all in a loop so each call site is called many times.
import gc


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class Mortal:
    def __del__(self):
        print("del", type(self).__name__)


class Later:
    pass


class I(int):
    pass


made = []
for i in range(3):
    p = Plain()
    s = Slotted()
    s.a = i
    made.append((type(p).__name__, s.a, hasattr(p, "__dict__"), hasattr(s, "__dict__")))
    Mortal()
    print("after", i)
    if i == 1:
        Later.__init__ = lambda self, *a: print("init", a)
        Later.__new__ = lambda cls, *a: print("new", a) or object.__new__(cls)
    print(type(Later()).__name__, I(), type(I()).__name__)
print(made)

for cls in (Plain, Slotted):
    try:
        cls(1)
    except TypeError as e:
        print(e)
    try:
        cls(x=1)
    except TypeError as e:
        print(e)

Plain.__abstractmethods__ = frozenset({"run"})
for _ in range(2):
    try:
        Plain()
    except TypeError as e:
        print(e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
gc.collect()
