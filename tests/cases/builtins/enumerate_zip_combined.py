names = ["a", "b", "c"]
vals = [10, 20, 30]
for i, (n, v) in enumerate(zip(names, vals), start=1):
    print(i, n, v)
print(list(enumerate(zip("xy", "zw"))), dict(enumerate(names)), list(zip(*enumerate("ab"))))
print(list(zip(range(3), enumerate("abc", 5))), list(zip(*[iter(range(6))] * 2)))
