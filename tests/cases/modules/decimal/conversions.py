import math
from decimal import Decimal as D
vals = ["2.5", "-2.5", "3.7", "-3.7", "0", "1E+3", "123.456", "-0.5", "1E-30"]
for v in vals:
    d = D(v)
    print(v, int(d), float(d), math.floor(d), math.ceil(d), math.trunc(d), round(d), round(d, 1), bool(d), d.as_integer_ratio(), complex(d))
for v in ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"]:
    d = D(v)
    for f in [int, float, math.floor, round, lambda x: round(x, 2), lambda x: x.as_integer_ratio()]:
        try:
            print(v, repr(f(d)))
        except Exception as e:
            print(v, type(e).__name__, e)
print(D("1.5").adjusted(), D("123E5").adjusted(), D("0.001").adjusted(), D(0).adjusted(), D("Inf").adjusted())
print(D("-1.5").real, D("1.5").imag, D(2).conjugate(), D(1).radix(), D(3).canonical(), D(1).is_canonical())
