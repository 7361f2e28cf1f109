from fractions import Fraction as F
from decimal import Decimal
print(F.from_float(0.1), F.from_float(1e-10).denominator.bit_length(), F.from_decimal(Decimal("3.14")), F(Decimal("-0.5")), F(1e300).numerator.bit_length())
import math
for d in [1, 10, 100, 1000, 10 ** 6]:
    print(d, F(math.pi).limit_denominator(d), F(math.e).limit_denominator(d))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
