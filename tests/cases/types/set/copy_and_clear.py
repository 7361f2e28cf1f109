s = {1, 2, 3}
c = s.copy()
s.add(4)
print(s, c, type(c).__name__, s.copy() is s)
fs = frozenset(s)
print(fs.copy() is fs, fs)
s.clear()
print(s, c, len(s), bool(s))
