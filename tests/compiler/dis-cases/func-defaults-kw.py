def f(a, *, b=1, c):
    pass
def g(a=[], *, b={}):
    pass
x = 5
def h(a=x, *, k=x + 1):
    return a, k
