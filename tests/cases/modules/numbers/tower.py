import numbers
from fractions import Fraction
from decimal import Decimal
for v in [1, True, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), "s"]:
    print(type(v).__name__, [isinstance(v, getattr(numbers, n)) for n in ["Number", "Complex", "Real", "Rational", "Integral"]])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), numbers.Number.__subclasses__()[:1])
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(str(e)[:60])
