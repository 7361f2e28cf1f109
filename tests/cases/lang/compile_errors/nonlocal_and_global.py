print("never printed")


def outer():
    z = 1

    def inner():
        global z
        nonlocal z

    return inner
