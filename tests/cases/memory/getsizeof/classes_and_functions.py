# Classes, functions, closures' cells, bound methods and modules.
import sys

class A: pass
class B(A): pass
class S:
    __slots__ = ("x",)
class E(Exception): pass

def f(a, b=1):
    return a + b

def outer():
    x = 1
    def inner():
        return x
    return inner

print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(S), sys.getsizeof(E))
print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object))
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(outer()))
print(sys.getsizeof(outer().__closure__[0]))
print(sys.getsizeof(sys), sys.getsizeof(len))

class M:
    def method(self):
        pass

print(sys.getsizeof(M().method), sys.getsizeof(A().__init__), sys.getsizeof([].append))
print(sys.getsizeof(A.__init__), sys.getsizeof((1).__add__), sys.getsizeof(A().__str__))
