def f(**kwargs):
    return kwargs


print(f())
print(f(a=1, b=2))
print(f(**{"x": 1}, y=2, **{"z": 3}))
d = {"b": 2}
print(f(a=1, **d) is d, f(**d) == d)


def g(a, **kw):
    return a, kw


print(g(1, a_too=2))
print(g(**{"a": "from mapping", "other": 1}))
print(list(f(z=1, a=2, m=3)))
