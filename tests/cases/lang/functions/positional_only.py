def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)


def g(a, /, **kwargs):
    return a, kwargs


print(g(1, a=2))
print(g(1, **{"a": "kw", "b": "other"}))


def h(x=1, /, y=2):
    return x, y


print(h(), h(5), h(5, 6), h(y=7))
