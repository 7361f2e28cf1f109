def f(**kw):
    return list(kw.items())


print(f(z=1, a=2, m=3))
print(f(**{"b": 1}, a=2))


def g(*args, **kw):
    return args, kw


print(g(3, 2, 1, c=3, b=2, a=1))
opts = dict(first=1, second=2)
opts["third"] = 3
print(f(**opts))
