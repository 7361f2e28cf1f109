def f(a, b=2, c="three"):
    return (a, b, c)


print(f(1))
print(f(1, 20))
print(f(1, c=30))
print(f(a=0, c=None, b=[]))
print(f.__defaults__)
f.__defaults__ = (200, 300)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = (9,)
print(f(1, 2))
