data = [("a", 3), ("b", 1), ("c", 3), ("d", 0)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max(data, key=lambda p: p[1], default=None), min((), key=len, default="none"))
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "kiwi", key=len), max([1, 2], [1, 3]), min({1: "a", 0: "b"}))
print(max(x * x for x in range(-5, 3)), min(map(abs, [-7, 3, -2])), max(iter([]), default=-1), max([float("nan"), 1, 2]), max([1, float("nan"), 2]))
calls = []
def k(x):
    calls.append(x)
    return x
max([3, 1, 2], key=k)
print(calls)
