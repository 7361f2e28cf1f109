import statistics as st
from decimal import Decimal as D, getcontext
from fractions import Fraction
data = [D("1.5"), D("2.5"), D("2.5"), D("2.75"), D("3.25"), D("4.75")]
print(st.mean(data), st.median(data), st.mode(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data), st.median_low(data), st.median_high(data))
print(st.harmonic_mean([D("1"), D("2"), D("4")]) if hasattr(st, "harmonic_mean") else "-", st.geometric_mean([D(1), D(4)]))
print(Fraction(D("0.1")) + 1, Fraction.from_decimal(D("1e-3")), D(1) == Fraction(1), D("0.25") < Fraction(1, 3))
print(f"{D('3.14159')!r} {D('2.5'):n} {D('-0'):z.1f}")
print(D("1.20") * D("3"), round(D("-0.5")), D("12.345").__round__(1), D("1E+2").__trunc__())
print(getcontext().flags[getcontext().flags.__iter__().__next__()] if False else sorted(k.__name__ for k, v in getcontext().flags.items() if v))
