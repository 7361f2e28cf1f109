from fractions import Fraction
from decimal import Decimal
vals = [0, 1, -1, 2 ** 61 - 1, 2 ** 61, 10 ** 20, 0.5, -2.25]
for v in vals:
    hs = {hash(v), hash(float(v)), hash(complex(v)), hash(Fraction(v)), hash(Decimal(v) if isinstance(v, int) else Decimal(str(v)))}
    print(v, len(hs), hash(v))
