import statistics as st
from fractions import Fraction as F
print(st.mean([1.1, 2.2, 3.3]), st.fmean([0.1] * 10), st.variance([F(1, 2), F(3, 4), F(5, 4)]), st.pvariance([1.5, 2.5]), st.stdev([1, 2, 3, 4, 5, 6, 7]), st.pstdev([1.0, 2.0, 4.0]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([2.5]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0]), st.geometric_mean([54, 24, 36]), st.quantiles([1, 9], n=10), st.quantiles(range(100), n=5, method="inclusive"))
print(st.mode("aab"), st.multimode("abcabc"), st.mean(range(1, 101)), st.variance(range(10)), st.covariance([1, 2, 3], [3, 1, 2]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
n = st.NormalDist(0, 1)
print([round(n.inv_cdf(p), 12) for p in (0.001, 0.01, 0.3, 0.5, 0.9, 0.99999)], n == st.NormalDist(), -n, n / 2, 3 - n, n.pdf(0), round(n.overlap(st.NormalDist(1, 2)), 12))
for f in [lambda: st.variance([1]), lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 1], [1, 2]), lambda: st.NormalDist(0, -1), lambda: n.inv_cdf(1), lambda: st.geometric_mean([0]), lambda: st.median([]), lambda: st.linear_regression([1], [2]), lambda: st.covariance([1, 2], [1])]:
    try:
        print(f())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
