a, b, c = {1, 2, 3}, {2, 3, 4}, {3, 4, 5}
print(a ^ b ^ c, (a | b) - c, a & b & c, a - b - c, a.union(b).intersection(c), a.symmetric_difference(b).symmetric_difference(c))
print(a & b <= a | b, (a & b) < a, a <= a | b <= a | b | c, {3} <= a & b & c, set() < a)
print(sorted(a | b | c), len(a ^ c), a.isdisjoint(c - a), frozenset(a) ^ b, type(frozenset(a) ^ b).__name__)
