# deque's + and * are sequence slots in CPython: called directly they raise on a wrong operand,
# and the operators try the other operand's number methods first.
import collections
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
v = collections.deque([1])
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
t(lambda: v.__imul__("x"))
t(lambda: v.__iadd__(3))
w = collections.deque([1, 2])
w *= 2
w += [3]
print(w, 3 * w, w * 0, w * -1)
try:
    w *= "x"
except TypeError as e:
    print(e)
try:
    w += 3
except TypeError as e:
    print(e)
