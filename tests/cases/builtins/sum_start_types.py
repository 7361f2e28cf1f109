print(sum([1.5, 2.5], 1), sum([[1], [2]], [0]), sum([(1,), (2,)], ()), sum([1, 2], 0.5), sum([1j, 2j], 1), sum(range(10 ** 6)), sum([True] * 5))
from fractions import Fraction
print(sum([Fraction(1, 3)] * 3), sum([Fraction(1, 2), 0.5]), sum([0.1] * 3, 0.0))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
