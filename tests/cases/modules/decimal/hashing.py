from decimal import Decimal as D
from fractions import Fraction
vals = ["0", "-0", "1", "-1", "1.5", "-2.25", "0.1", "1E+20", "123456789012345678901234567890", "1.000", "2E-5", "Infinity", "-Infinity"]
for v in vals:
    print(v, hash(D(v)))
print(hash(D(1.5)) == hash(1.5), hash(D(-1)), hash(D(7)) == hash(7), hash(D("0.5")) == hash(Fraction(1, 2)), hash(D(2 ** 61 - 1)), hash(D(2 ** 61)), hash(D(-2 ** 61 + 1)))
print(len({D("1"), D("1.0"), D("1.00"), 1, 1.0}), {D("0.5"): "a"}[0.5] if D("0.5") == 0.5 else "-", D("2.50") in {2.5})
try:
    hash(D("sNaN"))
except TypeError as e:
    print(e)
n = D("NaN")
print(hash(n) == hash(n))
