from decimal import Decimal as D, InvalidOperation, localcontext
from fractions import Fraction
print(D("1.0") == D(1), D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D("0.5") == Fraction(1, 2), D(1) == 1 + 0j, D(1) == 1j, D(2) != 2.0)
print(D(1) < 2, D(1) < D("1.01"), D("-0") == 0, D("1.5") > 1.4, D("0.5") < Fraction(2, 3), D(3) >= 3, 2 < D(3), 0.5 <= D("0.5"), D("1e30") > 10 ** 29)
print(sorted([D("3"), 1, 2.5, D("-1"), Fraction(1, 3)]), max(D("1.5"), 2), min([D("0.1"), D("0.10"), D("0.100")]))
print(D("NaN") == D("NaN"), D("NaN") != 1, D("NaN") == 1, D("Inf") > 10 ** 100, D("-Inf") < -1e308)
for f in [lambda: D("NaN") < 1, lambda: D("sNaN") == 1, lambda: D(1) > D("NaN"), lambda: D(1) < 1j, lambda: D(1) < "1"]:
    try:
        print(f())
    except (InvalidOperation, TypeError) as e:
        print(type(e).__name__, e)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(D("NaN") < 1, D("NaN") >= 1, c.flags[InvalidOperation])
print(D(1).compare(2), D(2).compare(2), D(3).compare(D("NaN")), D("1.0").compare_total(D(1)), D(-1).compare_total(D("NaN")), D("-0").compare_total(D("0")), D(-3).compare_total_mag(D(2)))
print(D(1).max(D("1.0")), D(1).min(D("1.0")), D("NaN").max(3), D(-5).max_mag(3), D(-5).min_mag(3), D(2).max(D(-3)))
