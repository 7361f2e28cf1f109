# gc.is_tracked of instances of built-in types' subclasses: every class statement makes a GC
# type, so instances of int, float, complex, str and bytes subclasses are tracked, with or
# without __slots__ = (); only exact dicts and tuples are untracked when they hold atomic values
# (a subclass's instances stay tracked, a collection does not untrack them). Struct sequences
# the runtime makes are untracked, the ones a program constructs are tracked.
import gc
import sys


def make(c):
    if issubclass(c, (int, float, complex)):
        return c(1)
    if issubclass(c, str):
        return c("x")
    if issubclass(c, (bytes, bytearray)):
        return c(b"x")
    if issubclass(c, (tuple, list, set, frozenset)):
        return c([1])
    if issubclass(c, dict):
        return c(a=1)
    return c()


for base in [int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, object, Exception]:

    class Plain(base):
        pass

    class Slotted(base):
        __slots__ = ()

    print(base.__name__, gc.is_tracked(make(base)), gc.is_tracked(make(Plain)), gc.is_tracked(make(Slotted)))


class TupleSub(tuple):
    pass


class DictSub(dict):
    pass


t = TupleSub((1, 2))
plain = tuple([1, 2])
d = DictSub()
gc.collect()
print("after collect:", gc.is_tracked(t), gc.is_tracked(plain), gc.is_tracked(d), gc.is_tracked(DictSub(a=1)))
print("exact:", gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}), gc.is_tracked(frozenset()))


class int:
    pass


print("class named int:", gc.is_tracked(int()))
print("memoryview:", gc.is_tracked(memoryview(b"ab")), memoryview(b"").__sizeof__(), sys.getsizeof(memoryview(b"")))
print("struct seqs:", gc.is_tracked(sys.version_info), gc.is_tracked(sys.float_info))
FloatInfo = type(sys.float_info)
print("constructed:", gc.is_tracked(FloatInfo(sys.float_info)))
seen = []
sys.unraisablehook = seen.append


class A:
    def __del__(self):
        raise ValueError


a = A()
del a
print("hook args:", gc.is_tracked(seen[0]), gc.is_tracked(type(seen[0])(seen[0])))


class F(float):
    pass


before = gc.get_count()[0]
fs = [F(1.5) for _ in range(5)]
print("allocations counted:", gc.get_count()[0] - before)
