print("never printed")


def ok(a, b):
    return a + b


def bad(a, b, a):
    return a
