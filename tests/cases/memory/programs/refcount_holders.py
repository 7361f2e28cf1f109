# sys.getrefcount of one object held in many places: each holder adds exactly one reference,
# and dropping the holder gives it back.
import sys


class Thing:
    def method(self):
        return self


def base():
    return sys.getrefcount(obj)


obj = Thing()
start = base()
print("start", start)
lst = [obj, obj, obj]
print("list of three", base() - start)
d = {"a": obj, obj: "key"}
print("dict value and key", base() - start)
del lst, d
print("dropped", base() - start)


class Holder:
    pass


h = Holder()
h.x = obj
h.y = obj
print("two attributes", base() - start)
del h.y
print("one attribute", base() - start)
del h


def with_default(x=obj):
    return x


print("default argument", base() - start)
del with_default


def make_closure():
    o = obj

    def inner():
        return o

    return inner


c = make_closure()
print("closure cell", base() - start)
del c
m = obj.method
print("bound method", base() - start)
m2 = obj.method
print("two bound methods", base() - start)
del m, m2
it = iter([obj])
print("list iterator over a temp list", base() - start)
next(it)
print("after next", base() - start)
del it
t = (obj,)
s = {obj}
print("tuple and set", base() - start)
del t, s
print("end", base() - start)
