print({x % 7 for x in range(100)}, {c.upper() for c in "mississippi"}, {len(w) for w in "a bb ccc dd e".split()})
print(sorted({x for x in "hello"}), list({10: 0, 5: 0, 1: 0}), set([3, 3, 1]))
