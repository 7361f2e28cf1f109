class A:
    pass


class B:
    pass


class Slotted:
    __slots__ = ("x",)


a = A()
a.__class__ = B
print(type(a).__name__)
try:
    a.__class__ = Slotted
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
