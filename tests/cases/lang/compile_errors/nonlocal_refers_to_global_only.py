print("never printed")


def outer():
    global shared

    def inner():
        nonlocal shared
        shared = 1

    return inner
