# getattr/hasattr/next and enumerate/zip on the paths that answer without running Python code,
# next to the cases that must still take the general path (hooks, descriptors, subclasses).
import sys
import types


class Plain:
    kind = "plain"

    def __init__(self):
        self.x = 1

    def method(self):
        return "m"

    @property
    def prop(self):
        raise AttributeError("from the property")

    @property
    def good(self):
        return "good"


class Hooked(Plain):
    def __getattr__(self, name):
        if name == "virtual":
            return "v"
        raise AttributeError(name)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 10


p = Plain()
h = Hooked()
s = Slotted()
print(getattr(p, "x"), getattr(p, "x", 0), getattr(p, "y", "dflt"), getattr(p, "kind", None))
print(getattr(p, "method")(), getattr(p, "method", None)(), hasattr(p, "method"))
print(getattr(p, "prop", "swallowed"), hasattr(p, "prop"), getattr(p, "good", None))
print(getattr(h, "virtual", None), getattr(h, "other", "d"), hasattr(h, "virtual"), hasattr(h, "nope"))
print(getattr(s, "a", None), getattr(s, "b", "unset"), hasattr(s, "b"), hasattr(s, "a"))
print(getattr("abc", "upper")(), getattr(3, "real", None), hasattr(3, "imag"), hasattr("", "nothing"))
print(getattr(sys, "maxsize") > 0, getattr(sys, "no_such_thing", "none"), hasattr(sys, "path"))
print(hasattr(Plain, "method"), getattr(Plain, "missing", 7), getattr(Plain, "kind"))
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is p)
try:
    getattr(p, 5, None)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(p)
except TypeError as e:
    print("TypeError:", e)

mod = types.ModuleType("m")
mod.__getattr__ = lambda name: "lazy-" + name
mod.real = 1
print(getattr(mod, "real"), getattr(mod, "anything", None), hasattr(mod, "other"))
p.__dict__["method"] = "shadow"
print(getattr(p, "method"), getattr(p, "__class__").__name__)

# next() with and without a default over iterators of the built-in containers.
for it in (iter([1]), iter((2,)), iter("c"), iter(range(4, 5)), iter({"k": 0}), iter({5}), iter({"a": 1}.items())):
    print(next(it), next(it, "end"), next(it, None))
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.args)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
try:
    next(it, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield 1
    return 5


g = gen()
print(next(g, None), next(g, "done"))

# enumerate and zip over lists, tuples, strs and ranges, and over other iterables.
print(list(enumerate("ab")), list(enumerate([3, 4], start=2 ** 63 - 2)), list(enumerate((), 5)))
print(list(enumerate(range(3), sys.maxsize)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(2), (5, 6), {7: 0, 8: 0})))
print(list(zip((x for x in "xy"), [1, 2])))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([], [1]), ([1], [2], [3, 4])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
e = enumerate([10, 20])
print(next(e), e.__next__(), next(e, "end"))
z = zip("ab", "cd")
print(z.__next__(), next(z), next(z, "end"), type(z).__name__, type(e).__name__)


class MyEnumerate(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 100, v


class MyZip(zip):
    def __next__(self):
        return tuple(reversed(super().__next__()))


print(list(MyEnumerate("ab")), [x for x in MyEnumerate([5, 6])])
print(list(MyZip([1, 2], "ab")), [x for x in MyZip((1,), (2,))])
it = iter([1, 2, 3])
e = enumerate(it)
print(next(e), next(it), next(e), next(e, None))

# Class attributes (type_getattro) and built-in getset descriptors, read by the same paths.
class Meta(type):
    def __getattr__(cls, name):
        return "meta-" + name


class WithMeta(metaclass=Meta):
    plain = 1


class Methods:
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "sm"

    def f(self):
        return "f"


print(getattr(object, "__abstractmethods__", ()), hasattr(object, "__abstractmethods__"), hasattr(type, "mro"))
print(WithMeta.plain, WithMeta.virtual, getattr(WithMeta, "other", None), hasattr(WithMeta, "x"))
print(Methods.cm(), Methods.sm(), Methods.f is getattr(Methods, "f"), getattr(Methods, "cm")(), Methods.__name__)
print(int.__name__, type(3).__name__, getattr(int, "__name__"), getattr(int, "nothing", "-"), Methods.__qualname__)
err = KeyError("k", 2)
print(err.args, getattr(err, "args"), err.__cause__, err.__context__, getattr(err, "__traceback__", 0))
print(Methods.f.__name__, len.__name__, (lambda: 0).__name__, getattr(Methods.f, "__qualname__"))
try:
    object.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    Methods.missing
except AttributeError as e:
    print("AttributeError:", e)
