import statistics as st
print(st.median([1]), st.median([1, 2]), st.median([3, 1, 2]), st.median([1.5, 2.5, 3.5, 4.5]), st.median(["b", "a", "c"]), st.median_low([1, 2]), st.median_high([1, 2]))
print(st.mode([1, 1, 2, 2, 3]), st.multimode([1, 1, 2, 2, 3]), st.multimode([]), st.mode(["x"]), st.mean([True, False, True]), st.fmean([1, 2], weights=[3, 1]) if False else st.fmean([1, 2, 3]))
print(st.pvariance([1, 1, 1]), st.variance([1, 2, 3, 4], xbar=2.5), st.stdev([2.5, 3.5]), st.pstdev([0, 10]), st.median_grouped([52, 52, 53, 54], interval=1))
from decimal import Decimal
print(st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([Decimal("1"), Decimal("3")]))
