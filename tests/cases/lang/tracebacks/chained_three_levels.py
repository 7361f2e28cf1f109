def a():
    raise TypeError("first")


def b():
    try:
        a()
    except TypeError as e:
        raise ValueError("second") from e


def c():
    try:
        b()
    except ValueError:
        raise KeyError("third")


c()
