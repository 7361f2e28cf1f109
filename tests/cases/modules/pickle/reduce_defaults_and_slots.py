import copy, pickle, copyreg
class P:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]
class S:
    __slots__ = ("x", "__y", "z")
    def __init__(self):
        self.x = 1
        self._S__y = 2
class SD(S):
    def __init__(self):
        super().__init__()
        self.w = 3
class G:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, st):
        self.v = st["v"] + 1
class N:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __getnewargs__(self):
        return (self.a, self.b)
    def __new__(cls, a, b):
        o = super().__new__(cls)
        o.made = (a, b)
        return o
class E(P):
    pass
for o in [P(), S(), SD(), G(5), N(1, 2), E()]:
    for proto in range(6):
        try:
            r = o.__reduce_ex__(proto)
        except TypeError as e:
            print(type(o).__name__, proto, "TypeError", e)
            continue
        print(type(o).__name__, proto, [getattr(x, "__name__", x) if callable(x) else x for x in r[:2]], r[2:] and (r[2] if not isinstance(r[2], dict) else sorted(r[2].items())))
        c = pickle.loads(pickle.dumps(o, proto))
        print("  ", type(c).__name__, sorted(getattr(c, "__dict__", {}).items()), [getattr(c, n, None) for n in ("x", "_S__y", "z", "v", "made")])
    c = copy.copy(o); d = copy.deepcopy(o)
    print("  copy", sorted(getattr(c, "__dict__", {}).items()), sorted(getattr(d, "__dict__", {}).items()), [getattr(d, n, None) for n in ("x", "_S__y", "z", "v", "made")])
    print("  getstate", o.__getstate__() if not isinstance(o.__getstate__(), dict) else sorted(o.__getstate__().items()))
print(sorted(k for k in P.__dict__), S.__slotnames__, SD.__slotnames__, "__slotnames__" in G.__dict__)
print(pickle.dumps(P(), 4) == pickle.dumps(P(), 4), pickle.dumps(S(), 2))
print(pickle.dumps(P(), 0))
print(pickle.dumps(P(), 1))
print(pickle.dumps(SD(), 4))
print(object().__reduce_ex__(2)[0].__name__, object().__getstate__())
for bad in [lambda: S().__reduce_ex__(1), lambda: pickle.dumps(S(), 0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
