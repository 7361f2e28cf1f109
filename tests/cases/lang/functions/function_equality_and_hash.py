def f():
    pass


g = f
print(f == g, f is g, hash(f) == hash(g))


def make():
    def inner():
        pass

    return inner


a, b = make(), make()
print(a == b, a.__code__ is b.__code__, a.__qualname__ == b.__qualname__)


class C:
    def m(self):
        pass


c = C()
print(c.m == c.m, c.m is c.m, C().m == C().m, C.m is C.m, hash(c.m) == hash(c.m))
