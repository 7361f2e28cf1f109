# A class's own __sizeof__ is called; getsizeof adds the GC header and checks the result.
import sys

class N:
    def __init__(self, v):
        self.v = v
    def __sizeof__(self):
        return self.v

class Slotted:
    __slots__ = ()
    def __sizeof__(self):
        return 5

class Num(int):
    def __sizeof__(self):
        return 5

for v in (0, 10, 1000, True, -1, 2**70, "x", 3.5, None):
    try:
        print(repr(v), sys.getsizeof(N(v)))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
print(sys.getsizeof(Slotted()), sys.getsizeof(Num()))
print(sys.getsizeof(N("x"), "fallback"), sys.getsizeof(N(None), 7))
try:
    sys.getsizeof(N(-1), 7)
except ValueError as e:
    print("ValueError", e)
for call in (lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(sys.getsizeof(object=1), sys.getsizeof(1, default=3))
