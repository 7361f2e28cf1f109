import sys

print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
    print(repr(sys.exception()) if hasattr(sys, "exception") else "no sys.exception in 3.11")
print(sys.exc_info())


def handler():
    return sys.exc_info()[1]


try:
    raise TypeError("visible in callee")
except TypeError:
    print(repr(handler()))
