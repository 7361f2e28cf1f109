d = {}
for k in [0, 1.5, "s", b"b", (1, 2), frozenset({1}), None, True, 2j, range(3), ..., int, len]:
    d[k] = type(k).__name__
print(len(d), list(d.values()))
print(d[1], d[1.5], d[None], d[(1, 2)], d[range(0, 3)], d[...], d[int])
