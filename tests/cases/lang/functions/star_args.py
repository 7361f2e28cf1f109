def f(*args):
    return type(args).__name__, args


print(f())
print(f(1))
print(f(1, 2, 3))
print(f(*[4, 5], 6, *(7,), *"ab"))


def g(first, *rest):
    return first, rest


print(g(1, 2, 3))
print(g(*range(4)))
print(g(*{"k": 1}))


def h(a, b, c):
    return a + b + c


print(h(*[1], *[2], 3))
