def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 2
class R:
    def __rmul__(self, o): return "rmul"
    def __radd__(self, o): return "radd"
for v in ["ab", [1], (1,), b"ab", bytearray(b"ab")]:
    print(type(v).__name__)
    t(lambda: v.__mul__("x"))
    t(lambda: v.__mul__(I()))
    t(lambda: v.__mul__(2.0))
    t(lambda: v.__rmul__("x"))
    t(lambda: v.__rmul__(3))
    t(lambda: v.__add__(1))
    t(lambda: v.__add__(v))
    t(lambda: v * "x")
    t(lambda: "x" * v)
    t(lambda: v * I())
    t(lambda: I() * v)
    t(lambda: v * R())
    t(lambda: v + R())
    t(lambda: v + 1)
    t(lambda: 1 + v)
    t(lambda: 2.5 * v)
    if hasattr(v, "__imul__"):
        t(lambda: v.__imul__("x"))
        t(lambda: v.__iadd__(3))
    w = v
    try:
        w *= "x"
    except TypeError as e:
        print(e)
    w = v
    try:
        w += 3
    except TypeError as e:
        print(e)
class S(str):
    pass
t(lambda: S("a") * 3)
t(lambda: S("a").__mul__("b"))
t(lambda: 3 * S("a"))
class T(str):
    def __mul__(self, o): return NotImplemented
t(lambda: T("a") * 3)
t(lambda: str.__rmul__("ab", 2))
t(lambda: str.__add__("ab", 2))
t(lambda: list.__add__([1], (2,)))
t(lambda: tuple.__add__((1,), [2]))
t(lambda: bytes.__add__(b"1", bytearray(b"2")))
t(lambda: bytes.__add__(b"1", memoryview(b"2")))
t(lambda: b"1" + memoryview(b"2"))
t(lambda: bytearray(b"1") + memoryview(b"2"))
t(lambda: "ab".__mul__(2**70))
t(lambda: "ab" * 2**70)
t(lambda: [1].__mul__(True))
class M(list):
    def __rmul__(self, o): return "M.rmul"
t(lambda: 3 * M([1]))
t(lambda: M([1]) * 2)
t(lambda: M([1]) * "x")
class A(tuple):
    def __radd__(self, o): return "A.radd"
t(lambda: (1,) + A((2,)))
t(lambda: A((2,)) + (1,))
t(lambda: A((2,)) + 1)
class B(bytes):
    def __add__(self, o): return NotImplemented
t(lambda: B(b"x") + b"y")
t(lambda: b"y" + B(b"x"))
x = [1]
x += (2, 3)
x *= 2
print(x)
y = bytearray(b"a")
y += b"b"
y *= 2
print(y)
