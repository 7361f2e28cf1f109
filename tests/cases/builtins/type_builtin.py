print(type(1), type("s"), type(None), type(type), type(len), type(lambda: 0), type(print), type([].append), type(x for x in []))
T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
t = T()
print(T.__name__, T.__qualname__, t.a, t.f(), T.__bases__, type(T), T.__module__)
U = type("U", (T,), {})
print(U.__mro__, isinstance(U(), T), U().f())
for args in [(1, 2), ("X", 1, {}), ("X", (1,), {}), ("X", (), []), ("X",)]:
    try:
        print(type(*args))
    except TypeError as e:
        print(e)
print(type.__name__, type.__bases__, type(type(1)) is type)
