import sys


def count(a):
    return sys.getrefcount(a)


def count_local(a):
    b = a
    return sys.getrefcount(a)


x = []
print(count(x))
print(count_local(x))
print(sys.getrefcount(x))


def nested(obj, depth):
    if depth == 0:
        return sys.getrefcount(obj)
    return nested(obj, depth - 1)


print(nested(x, 3))
