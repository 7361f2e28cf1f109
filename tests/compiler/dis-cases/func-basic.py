def f(a, b=1, *args, c, d=2, **kw):
    return a + b
def g(x, /, y, *, z):
    return x
def h():
    pass
def k():
    return
@decorator
def dec(a):
    return a
@d1
@d2(1)
def dec2():
    pass
