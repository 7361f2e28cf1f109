# Operator methods written in Python, as BINARY_OP runs them: results, NotImplemented falling
# back to the reflected method, sequence slots and TypeError, exceptions and tracebacks through
# the method, generators and defaults in the method, recursion, and the operands' lifetimes.
import sys
import traceback


class V:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return ("radd", other)

    def __mul__(self, k):
        if k == "boom":
            raise ValueError("bad factor")
        return V(self.x * k)

    def __sub__(self, other, scale=10):
        return V((self.x - other.x) * scale)

    def __iadd__(self, other):
        if other == 0:
            return NotImplemented
        return V(self.x + 1000 * (other.x if isinstance(other, V) else other))

    def __repr__(self):
        return f"V({self.x})"


a, b = V(1), V(2)
for _ in range(3):
    print(a + b, a + 5, a * 3, b - a, 5 + a)
    print("x" + a, a + "x" if False else None)
c = V(1)
c += 2
print(c)
c += 0
print(c)
c += V(4)
print(c)


class NoRadd:
    pass


try:
    a + NoRadd()
except TypeError as e:
    print("TypeError", e)

try:
    a * "boom"
except ValueError:
    traceback.print_exc(file=sys.stdout)


# NotImplemented with a list on the right: list has no __radd__, so TypeError.
try:
    a + [1]
except TypeError as e:
    print("TypeError", e)


# NotImplemented then the right operand's sequence slot (list * V through __index__).
class Idx:
    def __mul__(self, other):
        return NotImplemented

    def __index__(self):
        return 2


print(Idx() * [7], [7] * Idx())


# A subclass's reflected method comes first; a plain subclass's operand goes forward.
class W(V):
    def __radd__(self, other):
        return ("W.radd", other.x)


print(a + W(3), W(3) + a)


# Methods that are generators, have *args, keywords-only or closures.
class G:
    def __add__(self, other):
        yield other

    def __sub__(self, *args):
        return ("sub", args)

    def __mul__(self, other, *, k=3):
        return other * k


g = G()
print(list(g + 4), g - 1, g * 2)


# Deep recursion through an operator method.
class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return R(0) if self.n == 0 else (R(self.n - 1) + other)


print((R(50) + 1).n)
limit = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    R(100000) + 1
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(limit)


# Operands live until the method returns, then die at once.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, other):
        print("add", self.name, other.name)
        return D(self.name + other.name)


r = D("p") + D("q")
print("after", r.name)
del r
print("end")


# The method replaced between evaluations.
def add2(self, other):
    return "new add"


for i in range(4):
    if i == 2:
        V.__add__ = add2
    print(a + b)


# A frame inspecting its caller while it runs as an operator method.
class F:
    def __add__(self, other):
        return sys._getframe(1).f_code.co_name


def caller():
    return F() + 1


print(caller())
