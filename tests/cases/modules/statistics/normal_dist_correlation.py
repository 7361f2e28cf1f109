import statistics as st
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(115), 10), round(n.pdf(100), 12), round(n.inv_cdf(0.975), 8), n.overlap(st.NormalDist(110, 15)) > 0)
print(n + 5, n * 2, n - n, st.NormalDist.from_samples([1, 2, 3, 4, 5]), [round(x, 6) for x in n.quantiles(4)], round(n.zscore(130), 6))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
