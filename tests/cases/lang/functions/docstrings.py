def a():
    """Single line."""


def b():
    """
    Multi line
        indented.
    """


class C:
    """Class doc."""

    def m(self):
        "Method doc."


print(repr(a.__doc__))
print(repr(b.__doc__))
print(C.__doc__, C.m.__doc__, C().m.__doc__)
print(repr(C.__init__.__doc__[:20]))


def f():
    f"not a docstring {1}"


print(f.__doc__)
