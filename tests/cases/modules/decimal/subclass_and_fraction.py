from decimal import Decimal
from fractions import Fraction
class Money(Decimal):
    def __repr__(self):
        return "Money(%s)" % str(self)
m = Money("12.50")
print(repr(m), Fraction(m), Fraction.from_decimal(m), type(m + 1).__name__, isinstance(m, Decimal), m == Fraction(25, 2), hash(m) == hash(12.5))
for bad in [Decimal("NaN"), Decimal("-Infinity")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)
print(Fraction.from_decimal(7), Fraction(Decimal("-0.0625")), Fraction(Decimal("1.5"), 2) if False else Fraction(3, 4) + Fraction(Decimal("0.25")))
