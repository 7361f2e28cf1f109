def f(self, x):
    return (type(self).__name__, x)


class C:
    pass


c = C()
bound = f.__get__(c, C)
print(type(bound).__name__, bound(1))
print(f.__get__(None, C) is f)
C.f = f
print(c.f(2), C.f(c, 3))
print(c.f.__func__ is f, c.f.__self__ is c)
print(hasattr(f, "__get__"), hasattr(f, "__set__"))
