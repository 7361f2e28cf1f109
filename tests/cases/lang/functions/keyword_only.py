def f(a, *, key, flag=False):
    return a, key, flag


print(f(1, key=2))
print(f(1, flag=True, key=3))
print(f.__kwdefaults__)
print(f.__defaults__)
f.__kwdefaults__ = {"key": "default key", "flag": "new"}
print(f(0))


def g(*args, sep="-"):
    return sep.join(map(str, args))


print(g(1, 2, 3), g(1, 2, sep="+"))
print(g.__code__.co_kwonlyargcount, g.__code__.co_argcount)
