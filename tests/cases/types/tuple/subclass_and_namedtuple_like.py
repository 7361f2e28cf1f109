class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, type(p).__name__, type(p + (3,)).__name__, type(p[:1]).__name__, isinstance(p, tuple), hash(p) == hash((1, 2)), p == (1, 2))
a, b = p
print(a, b, len(p), list(p), p.count(1), p.index(2))
class R(tuple):
    def __repr__(self):
        return "R" + super().__repr__()
print(R((1, 2)), [R()], str(R((3,))))
