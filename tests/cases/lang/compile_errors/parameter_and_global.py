print("never printed")
x = 0


def f(x):
    global x
    return x
