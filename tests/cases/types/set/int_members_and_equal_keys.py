# `in`, discard and remove of int keys in sets that also hold equal bools, floats, int
# subclasses and objects with a Python __eq__ and the same hash; -1 and -2 (same hash); churn.
class Same:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return other == self.v


class MyInt(int):
    pass


s = {True, 2.0, MyInt(3), -1, -2, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1}
for k in (1, 0, 2, 3, -1, -2, -3, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 4):
    print(k, k in s)
t = {Same(5), 7}
print(5 in t, 7 in t, 6 in t)
s.discard(1)
s.discard(2)
print(sorted(s), 1 in s, 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
cols = set()
hits = 0
for r in range(2000):
    k = (r * 7) % 23 - 11
    if k in cols:
        hits += 1
        cols.remove(k)
    else:
        cols.add(k)
    if -k in cols:
        hits += 1
print(hits, sorted(cols))
