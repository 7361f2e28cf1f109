import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]), st.mode(data), st.multimode("aabbc"))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5], n=3, method="inclusive"))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.variance([1.5, 2.5, 2.5, 2.75]), st.mean([1, 2.5]), type(st.mean([1, 2])).__name__)
for f in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1])]:
    try:
        f()
    except st.StatisticsError as e:
        print(e)
