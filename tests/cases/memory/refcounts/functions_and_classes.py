import sys


def f():
    pass


print("function", sys.getrefcount(f))
g = f
print("two names", sys.getrefcount(f))
del g


class C:
    pass


print("class", sys.getrefcount(C))
c = C()
print("instance", sys.getrefcount(c), "class with instance", sys.getrefcount(C))
c2 = C()
print("class with two instances", sys.getrefcount(C))


class D(C):
    pass


print("base with subclass", sys.getrefcount(C), "subclass", sys.getrefcount(D))
