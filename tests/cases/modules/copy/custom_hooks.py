import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return C(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return C(copy.deepcopy(self.v, memo))
c = C([1])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v)
class R:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (R, (self.a, self.b + 1))
r = copy.copy(R(1))
print(r.a, r.b)
r2 = copy.deepcopy(R([5]))
print(r2.a, r2.b)
class Plain:
    def __init__(self):
        self.items = [1]
p = Plain()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2.items is p.items, p3.items is p.items, type(p3).__name__)
class Slots:
    __slots__ = ("x", "y")
s = Slots()
s.x = [1]
s2 = copy.deepcopy(s)
print(s2.x, s2.x is s.x, hasattr(s2, "y"))
