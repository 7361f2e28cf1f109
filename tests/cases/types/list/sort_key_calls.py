calls = []
def key(x):
    calls.append(x)
    return -x
a = [3, 1, 2, 5, 4]
a.sort(key=key)
print(a, calls)
class C:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        C.count += 1
        return self.v < other.v
    def __repr__(self):
        return f"C({self.v})"
items = [C(v) for v in [5, 3, 8, 1, 9, 2, 7]]
print(sorted(items), C.count)
C.count = 0
print(sorted(items, reverse=True), C.count)
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return str(self.v)
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
