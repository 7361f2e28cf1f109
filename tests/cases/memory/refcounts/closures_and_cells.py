import sys

obj = []


def outer():
    captured = obj

    def inner():
        return captured

    return inner


print(sys.getrefcount(obj))
fn = outer()
print("held by a cell", sys.getrefcount(obj))
fn2 = outer()
print("two cells", sys.getrefcount(obj))
del fn
print("one cell", sys.getrefcount(obj))
del fn2
print("none", sys.getrefcount(obj))
