class C:
    a = 1
    b = a + 1
    c = [a, b]
    names = list(locals())

    def f(self):
        return "f"

    g = f
    del a


print(C.names)
print(C.b, C.c, hasattr(C, "a"))
print(C().g(), C.g is C.f)
print(sorted(k for k in vars(C) if not k.startswith("__")))
