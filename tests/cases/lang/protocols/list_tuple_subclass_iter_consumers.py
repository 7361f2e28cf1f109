class L(list):
    def __iter__(self):
        return iter(["L-iter"])
class T(tuple):
    def __iter__(self):
        return iter(["T-iter"])
class D(dict):
    def __iter__(self):
        return iter(["D-iter"])
class S(set):
    def __iter__(self):
        return iter(["S-iter"])
class Str(str):
    def __iter__(self):
        return iter(["Str-iter"])
class FS(frozenset):
    def __iter__(self):
        return iter(["FS-iter"])

def yf(it):
    yield from it

def cases():
    return [L([1, 2]), T((1, 2)), D({1: 2}), S({1}), Str("ab"), FS({1})]

for x in cases():
    n = type(x).__name__
    print(n, "for", [v for v in x])
    print(n, "yield from", list(yf(x)))
    print(n, "list", list(x))
    print(n, "tuple", tuple(x))
    print(n, "sorted", sorted(x, key=repr))
    print(n, "set", sorted(set(x), key=repr))
    print(n, "frozenset", sorted(frozenset(x), key=repr))
    print(n, "unpack", [*x], (*x,), {*x} == set(x))
    try:
        a, *b = x
        print(n, "star", a, b)
    except ValueError as e:
        print(n, "star", e)
    try:
        (a,) = x
        print(n, "unpack1", a)
    except ValueError as e:
        print(n, "unpack1", e)
    print(n, "enumerate", list(enumerate(x)))
    print(n, "zip", list(zip(x, x)))
    print(n, "map", list(map(repr, x)))
    print(n, "filter", list(filter(None, x)))
    try:
        print(n, "join", "|".join(map(str, x)), "|".join(x) if all(isinstance(v, str) for v in x) else "-")
    except TypeError as e:
        print(n, "join", e)
    print(n, "min", min(x, key=repr), max(x, key=repr))
    print(n, "any", any(x), all(x))
    l = [0]; l.extend(x); print(n, "extend", l)
    l = [0]; l += x; print(n, "iadd", l)
    print(n, "dict.fromkeys", list(dict.fromkeys(x)))
    print(n, "iter next", next(iter(x)))
    try:
        print(n, "sum", sum(x, start=()) if isinstance(x, str) else sum(v for v in x if isinstance(v, int)))
    except TypeError as e:
        print(n, "sum", e)
    try:
        print(n, "str.join direct", ",".join(x))
    except TypeError as e:
        print(n, "str.join direct", e)
    try:
        print(n, "bytes", bytes(v for v in x if isinstance(v, int)))
    except TypeError as e:
        print(n, "bytes", e)
    s = set(); s.update(x); print(n, "set.update", sorted(s, key=repr))
    print(n, "set.union", sorted(set().union(x), key=repr))
    print(n, "list()", list(list(x)))
    try:
        print(n, "dict", dict(x))
    except (TypeError, ValueError) as e:
        print(n, "dict", type(e).__name__, e)
    print(n, "deque", __import__("collections").deque(x))
    print(n, "reversed?", end=" ")
    try:
        print(list(reversed(x)))
    except TypeError as e:
        print(e)
def f(*a):
    return a
for x in [L([1, 2]), T((1, 2))]:
    n = type(x).__name__
    print(n, "call*", f(*x), f(0, *x), f(*x, 3))
    print(n, "print*", *x)
    print(n, "bytes.join", b"-".join(v.encode() for v in x))
    ba = bytearray(b"a"); 
    try:
        ba.extend(x)
    except TypeError as e:
        print(n, "ba.extend", e)
    print(n, "set|", sorted({0, *x}, key=repr))
    print(n, "dict comp", {k: 1 for k in x})
    print(n, "sum", sum(x, []) if False else "-")
    print(n, "max", max(x), min(x))
    print(n, "list.__init__", list.__new__(list) or "")
    l = [9]; l[1:] = x; print(n, "slice assign", l)
    l = [9, 8, 7]; l[::2] = x if len(list(iter(x))) == 2 else [0, 0]; print(n, "ext slice", l)
    print(n, "str %", "%s" % (x,))
    print(n, "tuple+", () + tuple(x))
    print(n, "heapq", __import__("heapq").nlargest(1, x))
    print(n, "itertools.chain", list(__import__("itertools").chain(x, x)))
    print(n, "self extend", end=" ")
    y = type(x)(x) if n == "L" else None
    if y is not None:
        y.extend(y); print(list.__repr__(y))
    else:
        print()
