print("never printed")
x = 1


def outer():
    def inner():
        nonlocal x
        x = 2

    return inner
