fs = frozenset({1, 2, 3})
print(fs.union({4}), fs.intersection([1, 9]), fs.difference({1}), fs.symmetric_difference({3, 4}), fs.issubset(range(5)), fs.isdisjoint({7}), fs.copy(), len(fs), 2 in fs)
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(fs, name))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
fs2 = fs
fs2 |= {9}
print(fs, fs2, fs is fs2)
