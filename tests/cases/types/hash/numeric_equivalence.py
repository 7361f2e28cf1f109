pairs = [(1, 1.0), (0, -0.0), (2 ** 60, float(2 ** 60)), (5, 5 + 0j), (0.5, 0.5 + 0j), (True, 1), (2 ** 61 - 1, 0), (-1, -2)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), hash(Decimal("0.5")) == hash(0.5), hash(Decimal(7)) == hash(7), hash(Fraction(-1, 1)))
print(hash(Fraction(1, 2 ** 61 - 1)) if False else hash(Fraction(3, 7)), hash(Decimal("1.25")))
