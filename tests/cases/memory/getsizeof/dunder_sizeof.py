# __sizeof__ called directly: the size without the GC header sys.getsizeof adds.
import sys

values = [0, 2**100, 1.5, 1j, "abc", "\u20ac", b"ab", bytearray(b"ab"), (), (1, 2), [], [1, 2, 3],
          {}, {"a": 1}, set(), frozenset({1}), object()]
for v in values:
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v) - v.__sizeof__())

class A:
    pass

class L(list):
    def __sizeof__(self):
        return super().__sizeof__() + 100

print(A().__sizeof__(), sys.getsizeof(A()), A.__sizeof__(A()), type.__sizeof__(A), type.__sizeof__(int))
print(L().__sizeof__(), sys.getsizeof(L()))
