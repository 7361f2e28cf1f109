class L(list):
    def __iter__(self):
        return iter([7, 8])
class T(tuple):
    def __iter__(self):
        return iter([7, 8])
class D(dict):
    def __iter__(self):
        return iter(["k"])
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return "D[" + k + "]"
class D2(dict):
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return "D2"
def f(**k):
    return k
for x in [L([1, 2]), T((1, 2))]:
    n = type(x).__name__
    print(n, bytes(x), bytearray(x), sum(x), sorted(x), min(x), max(x), set(x), frozenset(x))
    print(n, dict.fromkeys(x), list(map(str, x)), list(zip(x)), any(x), all(x))
    ba = bytearray(); ba.extend(x); print(n, ba)
    print(n, b"".join([bytes([v]) for v in x]))
    import array, heapq, collections, itertools
    print(n, array.array("i", x), collections.Counter(x), list(itertools.chain.from_iterable([x])))
    print(n, list(reversed(x)), x.count(1), x.index(1), 1 in x, 7 in x)
    h = L([3, 1, 2]); heapq.heapify(h); print(n, list.__repr__(h))
    print(n, "%s %s" % T((1, 2)) if n == "T" else "-")
    print(n, divmod(*x) if n == "L" else "-", tuple(x) == x, x == [1, 2], x == (1, 2))
    s = set(); s |= set(x); print(n, s)
d = D({"a": 1})
print(dict(d), f(**d), {**d}, list(d), d.copy(), dict(**d) if False else "-")
x = {}; x.update(d); print(x)
d2 = D2({"b": 2})
print(dict(d2), f(**d2), {**d2}, list(d2))
x = {}; x.update(d2); print(x)
print(sorted(D({"z": 1, "y": 2})), set(D({"q": 1})), len(D({"q": 1, "r": 2})))
for a in [(1,), ()]:
    try:
        print({}.copy(*a), {"a": 1}.copy(*a))
    except TypeError as e:
        print(e)
try:
    {}.copy(a=1)
except TypeError as e:
    print(e)
print(D().copy(), type(D({"x": 1}).copy()).__name__, D2({"b": 3}).copy(), type(d2.copy()))
try:
    f(**d, k=1)
except TypeError as e:
    print(e)
try:
    f(**d2, b=1)
except TypeError as e:
    print(e)
try:
    f(**d, **d)
except TypeError as e:
    print(e)
