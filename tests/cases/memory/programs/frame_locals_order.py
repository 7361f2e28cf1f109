# When a function returns, its frame releases its locals in the order they are numbered (the
# parameters first, then the other locals in order of first use); cells last.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f(a, b):
    z = N("z")
    y = N("y")
    x = N("x")
    return None


f(N("param a"), N("param b"))
print("-- f returned")


def g():
    first = N("first")
    second = N("second")
    captured = N("captured")

    def inner():
        return captured

    third = N("third")
    return inner


h = g()
print("-- g returned, closure kept")
del h
print("-- closure dropped")


def k():
    a = N("a")
    b = N("b")
    a = N("a rebound")
    del b
    print("in k")


k()
print("end")
