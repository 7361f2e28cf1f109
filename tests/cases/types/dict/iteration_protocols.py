d = {"a": 1, "b": 2}
k, v = zip(*d.items())
print(k, v, dict(zip(v, k)), list(map(d.get, "ab")), sorted(d, key=d.__getitem__, reverse=True))
print(*d, *d.values(), sep=",")
a, b = d
print(a, b, [*d.items()], {**d}, len([*d]))
for i, (key, val) in enumerate(d.items()):
    print(i, key, val)
