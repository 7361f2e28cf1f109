nan = float("nan")
s = {nan, nan, float("nan")}
print(len(s))
d = {nan: 1}
print(d.get(nan), d.get(float("nan")))
print(sorted([3.0, 1.0, 2.0]), max(1.0, nan), max(nan, 1.0), min(nan, 1.0), min(1.0, nan))
print(nan in [1.0, nan], [1.0, nan].count(nan), [1.0, nan].index(nan))
print(float("nan") is float("nan") if False else "skip", nan.__eq__(nan), nan.__ne__(nan))
