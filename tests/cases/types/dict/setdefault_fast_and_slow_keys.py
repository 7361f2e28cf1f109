# dict.setdefault with keys hashed without Python code and with ones that run __hash__/__eq__,
# on plain dicts, dicts holding such keys, subclasses and instance dicts; argument errors.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return self.v == other


d = {}
print(d.setdefault("a"), d.setdefault("a", 5), d.setdefault("b", []), d.setdefault(1, "x"))
print(d.setdefault(True, "t"), d.setdefault(1.0, "f"), d.setdefault(None, 0), d)
d.setdefault("b", []).append(3)
print(d)
m = {K(1): "k"}
print(m.setdefault(1, "one"), m.setdefault(2, "two"), len(m))


class D(dict):
    def __getitem__(self, k):
        return "never"

    def __setitem__(self, k, v):
        print("never set")


s = D()
print(s.setdefault("x", 1), s.setdefault("x", 2), dict(s))


class O:
    pass


o = O()
o.__dict__.setdefault("attr", 42)
print(o.attr, vars(o))
groups = {}
for w in "the cat and the hat and the bat".split():
    groups.setdefault(len(w), []).append(w)
print(groups)
for bad in ((), ("a", 1, 2)):
    try:
        d.setdefault(*bad)
    except TypeError as e:
        print(e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
try:
    d.setdefault(key="a")
except TypeError as e:
    print(e)
