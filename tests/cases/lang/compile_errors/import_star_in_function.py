print("never printed")


def f():
    from sys import *

    return 1
