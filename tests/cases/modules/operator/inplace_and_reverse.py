import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
s = "x"
print(op.imul(s, 3), op.ipow(2, 10), op.ifloordiv(7, 2), op.imod(7, 3), op.ilshift(1, 3), op.iand(6, 3), op.ior(6, 1), op.ixor(6, 2), op.isub(5, 8), op.itruediv(1, 4))
class V:
    def __add__(self, o):
        return "add"
    def __radd__(self, o):
        return "radd"
    def __iadd__(self, o):
        return "iadd"
print(op.add(V(), 1), op.add(1, V()), op.iadd(V(), 1), op.__add__ is op.add, op.call(len, "abc") if hasattr(op, "call") else "no call")
