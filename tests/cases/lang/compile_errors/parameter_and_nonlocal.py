print("never printed")


def outer():
    y = 1

    def inner(y):
        nonlocal y
        return y

    return inner
