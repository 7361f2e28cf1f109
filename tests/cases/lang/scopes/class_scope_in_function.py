def f():
    x = "function x"

    class C:
        # x is assigned in the class body, so it is looked up in the class namespace,
        # then globals and builtins, skipping the enclosing function.
        try:
            a = x
        except NameError as e:
            a = "NameError: " + str(e)
        x = "class x"
        b = x

        def m(self):
            return x

        w = y

    return C


y = "global y"


C = f()
print(C.a, "|", C.b, "|", C().m())


def g():
    v = 1

    class D:
        nonlocal v
        v = 2

    return v


print(g())
