def outer():
    x = 1
    def inner():
        return x
    return inner
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def arg_cell(a):
    def f():
        return a
    return f
def deep():
    a = 1
    def mid():
        def inn():
            return a
        return inn
    return mid
