vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
print(sum([1e100, 1.0, -1e100, 1.0]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(sum(i * 0.01 for i in range(100)))
print(sum([1, 2.5, 3]), sum([], 0.0), sum([2 ** 60, 0.5]), sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
print(sum([1e308, 1e308]) if False else sum([1e308, -1e308, 1.0]))
