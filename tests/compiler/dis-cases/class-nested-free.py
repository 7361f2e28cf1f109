def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
def g():
    class D:
        x = 1
        def m(self):
            return x
    return D
