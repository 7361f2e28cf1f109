d = {k: v for k, v in zip("abcde", range(5)) if v % 2 == 0}
print(d, {v: k for k, v in d.items()}, {x: x * x for x in range(5)})
for k, v in d.items():
    print(k, v, end="; ")
print()
it = iter(d)
print(next(it), it.__length_hint__(), list(it), list(it))
print(sorted(d, key=d.get, reverse=True), max(d, key=lambda k: d[k]), min(d.values()), sum(d.values()))
print(list(enumerate(d)), dict(enumerate("xy")), list(zip(d, d.values())))
