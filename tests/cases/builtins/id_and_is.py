a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__, id(a) > 0)
x = object()
print(id(x) == id(x), len({id(o) for o in [a, c, x]}))
