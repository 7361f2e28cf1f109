class Color:
    RED = "red"
    GREEN = "green"


import sys


def name(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case sys.maxsize:
            return "maxsize"
        case _:
            return "unknown"


print(name("red"), name("green"), name(sys.maxsize), name("blue"))
RED = "red"
match "green":
    case RED:
        print("a bare name always captures:", RED)
