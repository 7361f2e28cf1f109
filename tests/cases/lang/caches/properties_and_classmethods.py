# Properties, classmethods and staticmethods read through instances at one site, while they
# are replaced, shadowed by the instance dict, or fail.
import sys


class R:
    def __init__(self, w):
        self.w = w

    @property
    def double(self):
        return self.w * 2

    @classmethod
    def make(cls, w):
        return cls(w)

    @staticmethod
    def unit():
        return "unit"


def read(o):
    return o.double


def call_make(o):
    made = o.make(3)
    return made.w if isinstance(made, R) else made


def call_unit(o):
    return o.unit()


r = R(5)
out = []
for i in range(6):
    if i == 1:
        R.double = property(lambda self: "replaced")
    if i == 2:
        r.__dict__["double"] = "instance dict loses to a property"
    if i == 3:
        R.double = "plain class attribute"
    if i == 4:
        del R.double
    if i == 5:
        R.double = property(None)
    try:
        out.append(read(r))
    except AttributeError as e:
        out.append(str(e))
print(out)

calls = []
for i in range(4):
    if i == 1:
        r.make = lambda w: "instance make"
        r.unit = lambda: "instance unit"
    if i == 2:
        del r.make
        del r.unit
        R.make = staticmethod(lambda w: "static make")
        R.unit = classmethod(lambda cls: "class unit " + cls.__name__)
    calls.append((call_make(r), call_unit(r)))
print(calls)


class Boom:
    @property
    def bad(self):
        raise ValueError("from getter")

    @property
    def missing(self):
        return self.nothing_here

    @property
    def deep(self):
        return self.deep


b = Boom()
for name in ("bad", "missing"):
    try:
        b.bad if name == "bad" else b.missing
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(200)
try:
    b.deep
except RecursionError as e:
    print("RecursionError", e)


class WithGetattr:
    @property
    def p(self):
        raise AttributeError("inside p")

    def __getattr__(self, name):
        return "getattr " + name


print(WithGetattr().p)


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    @property
    def twice(self):
        return self.v * 2


print([Slotted(i).twice for i in range(3)])


def method_of_property(o):
    return o.double.upper()


R.double = property(lambda self: "abc")
print(method_of_property(r))
