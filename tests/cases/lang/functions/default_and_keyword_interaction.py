def f(a, b=1, *args, c, d=2, **kwargs):
    return a, b, args, c, d, kwargs


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5))
print(f(1, c=3, e=4))
print(f(c=1, a=2, b=3, d=4, x=5))
print(f(*[1, 2, 3], **{"c": 4, "y": 5}))
