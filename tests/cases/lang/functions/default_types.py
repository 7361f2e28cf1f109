def f(a, b=[], *, c={}, d=(1,), e=None):
    return b, c, d, e


print(f.__defaults__)
print(f.__kwdefaults__)
print(f(0)[0] is f.__defaults__[0])


def g(*, only=1):
    return only


print(g.__defaults__, g.__kwdefaults__)


def h(a=lambda: "default lambda"):
    return a()


print(h(), h(lambda: "given"))
