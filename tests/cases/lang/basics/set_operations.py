a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a < a, a.isdisjoint({9}), {3}.issubset(b))
a.add(10)
a.discard(1)
a.discard(100)
print(sorted(a))
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
s = set("mississippi")
print(sorted(s), len(s))
print(sorted({x % 4 for x in range(20)}), frozenset([1, 2]) == {1, 2})
e = set()
print(e, type({}).__name__, len(e), bool(e))
fs = frozenset([3, 1, 2])
print(sorted(fs), hash(fs) == hash(frozenset([1, 2, 3])))
print({1, 2, 3}, {10, 20, 30}, {-1, 0, 1})
