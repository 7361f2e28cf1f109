# Attribute names holding a lone surrogate pair: getattr/setattr/delattr/hasattr store them in
# the instance __dict__ like any name, call a class's own hooks with them, and the errors keep
# the name's code points (and, for a failed read, the name and object).
import sys

pair = "\ud800" + "\udc00"


class C:
    pass


class Hooks:
    def __getattr__(self, name):
        return ("__getattr__", ascii(name))

    def __setattr__(self, name, value):
        print("__setattr__", ascii(name), value)

    def __delattr__(self, name):
        print("__delattr__", ascii(name))


class Slots:
    __slots__ = ("a",)


c = C()
setattr(c, pair, 1)
setattr(c, "x" + pair, 2)
print(getattr(c, pair), hasattr(c, pair), hasattr(c, pair[0]), getattr(c, pair[::-1], "default"))
print(ascii(list(vars(c))), ascii(c.__dict__))
delattr(c, pair)
print(hasattr(c, pair))
attempts = [
    lambda: getattr(c, pair),
    lambda: delattr(c, pair),
    lambda: getattr(1, pair),
    lambda: setattr(1, pair, 2),
    lambda: setattr(Slots(), pair, 1),
    lambda: getattr(C, pair),
]
for f in attempts:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, ascii(str(e)), ascii(e.name), type(e.obj).__name__)
h = Hooks()
print(getattr(h, pair))
setattr(h, pair, 3)
delattr(h, pair)
print(ascii(sys.intern(pair)), sys.intern(pair) == pair)


class S(str):
    pass


for bad in [S("a"), 5]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
