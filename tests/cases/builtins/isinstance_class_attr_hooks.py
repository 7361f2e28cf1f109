# isinstance when the class is not found by type: __class__ as a property, a __getattribute__
# hook, a metaclass; the hooks run (or not) as in CPython.
class A: pass
class B(A): pass
class C:
    @property
    def __class__(self): 
        print("prop"); return B
class G:
    def __getattribute__(self, n):
        print("ga", n); return object.__getattribute__(self, n)
print(isinstance(1, str), isinstance(A(), B), isinstance(B(), A), isinstance(C(), A), isinstance(C(), (str, A)))
print(isinstance(G(), A), isinstance(G(), (int, str)))
class M(type): pass
class X(metaclass=M): pass
print(isinstance(X(), A), isinstance(X, A), isinstance(A, type))
