def make(n):
    m = n * 2

    def use():
        return n + m

    return use


f = make(5)
print(f())
print(f.__code__.co_freevars)
print([type(c).__name__ for c in f.__closure__])
print([c.cell_contents for c in f.__closure__])
f.__closure__[0].cell_contents = 100
print(f())


def no_closure():
    return 1


print(no_closure.__closure__)
