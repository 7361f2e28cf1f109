# The suffixes CPython adds to "maximum recursion depth exceeded" depend on the check that fires.
import sys


class Loop:
    def __repr__(self):
        return repr(self)


class StrLoop:
    def __str__(self):
        return str(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Calls:
    def __call__(self):
        return self()


def plain(n):
    return plain(n + 1)


def nested(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


for label, f in [
    ("python function", lambda: plain(0)),
    ("repr", lambda: repr(Loop())),
    ("str", lambda: str(StrLoop())),
    ("__eq__", lambda: Eq() == Eq()),
    ("__call__", lambda: Calls()()),
    ("nested list repr", lambda: repr(nested(100000))),
]:
    try:
        f()
        print(label, "no error")
    except RecursionError as e:
        print(label, "->", e)

a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    a == b
except RecursionError as e:
    print("self-containing lists ->", e)
print(sys.getrecursionlimit())
