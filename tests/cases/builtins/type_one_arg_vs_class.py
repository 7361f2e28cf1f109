class A:
    pass
class B(A):
    pass
b = B()
print(type(b) is B, type(b) == A, isinstance(b, A), b.__class__ is B, type(b).__name__, type(b).__mro__[1].__name__)
print(type(int), type(type), type(A), type(3.0).__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
b.__class__ = A
print(type(b).__name__)
try:
    b.__class__ = int
except TypeError as e:
    print(e)
