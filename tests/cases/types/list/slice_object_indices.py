a = list(range(10))
for s in [slice(1, 8, 2), slice(None, None, -1), slice(-3, None), slice(100, -100, -3), slice(2, 2)]:
    print(s, a[s], s.indices(len(a)), list(range(*s.indices(len(a)))) == a[s])
