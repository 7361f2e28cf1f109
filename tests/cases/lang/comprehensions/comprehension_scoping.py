x = "global x"
print([x for _ in range(2)])
print([x for x in "ab"], x)


def f():
    y = 10
    return [y + i for i in range(3)]


print(f())


def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]


print(g())


def h():
    return [[i, j] for i in range(2) for j in range(i, 2)]


print(h())
print([i for i in range(3)] and "i" not in dir())
