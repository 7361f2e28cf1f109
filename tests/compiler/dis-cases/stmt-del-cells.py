def f():
    x = 1
    def g():
        return x
    del x
    return g
def h(a):
    def k():
        nonlocal a
        del a
    return k
class C:
    v = 1
    del v
global gv
gv = 2
