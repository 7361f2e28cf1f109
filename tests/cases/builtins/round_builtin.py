for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16, 123.456, -123.456, 5, -5, 10 ** 20]:
    print(repr(v), round(v), round(v, 1), round(v, -1), type(round(v)).__name__, type(round(v, 1)).__name__)
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(5, 2)), round(Fraction(7, 3), 2), round(Decimal("2.675"), 2), round(Decimal("2.5")), type(round(Decimal("1.5"))).__name__)
