# Subclasses of built-in types: the base's size, plus what the subclass adds.
import sys

class I(int): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
class T0(tuple):
    __slots__ = ()
class L(list): pass
class L0(list):
    __slots__ = ()
class D(dict): pass
class St(set): pass
class E(Exception): pass

print(sys.getsizeof(I(5)), sys.getsizeof(I(2**40)), sys.getsizeof(F(1.5)))
print(sys.getsizeof(S("ab")), sys.getsizeof(T((1, 2))), sys.getsizeof(T0((1, 2))))
print(sys.getsizeof(L()), sys.getsizeof(L0()), sys.getsizeof(D()), sys.getsizeof(St()), sys.getsizeof(E()))
l = L()
for i in range(10):
    l.append(i)
print(sys.getsizeof(l))
