def f(*args, **kwargs):
    return args, kwargs


print(f(**{"if": 1, "class": 2}))
print(f(**{"a b": 1}))
print(f(*(), **{}))


def g(a, b, /, **kwargs):
    return a, b, kwargs


print(g(1, 2, a=3, b=4))


def h(self, *args, **kwargs):
    return self, args, kwargs


print(h(1, self=2) if False else h(1, 2, x=3))
try:
    h(1, self=2)
except TypeError as e:
    print(e)
