print("never printed")


def f():
    value = 1
    global value
    return value
