# Dicts of str keys as they grow past a few entries, take other kinds of keys, lose entries and
# are cleared: lookups, order and equality must not depend on how the dict stores them.
import json


class S(str):
    pass


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v or other == self.v


d = {}
for i in range(40):
    d["k%d" % i] = i
    assert d["k%d" % i] == i and len(d) == i + 1
print(len(d), d["k0"], d["k39"], "k40" in d, list(d)[:3], list(d)[-2:])
for i in range(0, 40, 3):
    del d["k%d" % i]
print(len(d), list(d.items())[:4], d.get("k3"), d.get("k4"))

small = {"a": 1, "b": 2}
print(small.get(1), 1 in small, small.get(S("a")), S("b") in small, small == {"b": 2, "a": 1})
small[S("c")] = 3
print(small, small["c"], type(list(small)[2]).__name__)
mixed = {"x": 1}
mixed[1] = "one"
mixed[1.0] = "float one"
mixed[True] = "true"
print(mixed, mixed.get(1), "x" in mixed)
hd = {"v": 0}
hd[H("v")] = 5
print(len(hd), hd["v"], hd[H("v")])

churn = {}
for i in range(30):
    churn["t%d" % i] = i
    if i >= 2:
        del churn["t%d" % (i - 2)]
print(churn, len(churn))
churn.clear()
churn["again"] = 1
print(churn, churn.get("t29"), list(churn.keys()))
for n in range(20):
    m = {("p%d" % i): i for i in range(n)}
    assert all(m["p%d" % i] == i for i in range(n)) and "p%d" % n not in m
    assert list(m.values()) == list(range(n))
print(dict(a=1, b=2, **{"c": 3}), {**{"a": 1}, "a": 2})

# Decoded objects: repeated keys keep the first place and the last value; keys are shared.
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"x": {"x": {"x": []}}}'))
doc = json.loads('[{"id": 1, "name": "a"}, {"name": "b", "id": 2}, {}]')
print(doc, [list(o) for o in doc])
wide = json.loads("{" + ", ".join('"k%d": %d' % (i, i) for i in range(40)) + ', "k5": "again"}')
print(len(wide), wide["k5"], wide["k39"], list(wide)[5])
print(json.dumps({"b": 1, "a": {"b": 2, "a": [1, {"a": None}]}}, sort_keys=True, indent=1))
print(json.dumps({"é": 1, "q\"k": {"é": 2}, 3: 4, 1.5: 5, None: 6, True: 7}))
print(json.dumps({"é": 1, "q\"k": {"é": 2}}, ensure_ascii=False, separators=(",", ":")))
print(json.loads('{"__proto__": 1, "123": 2, "constructor": {"__proto__": 3, "toString": 4}}'))
print(json.loads('[{"a": 1, "b": [1]}]') == [{"a": 1, "b": [1]}], json.loads('{"a": 1, "b": 2}') == {"b": 2, "a": 1})
print(json.loads('{"a": 1, "b": 2}') == {"a": 1, "c": 2}, {"a": 1, 1: 2} == {1: 2, "a": 1}, {1: 1} == {True: 1})
print(json.loads("[-0, 0, -5, 7, 123456789012345, -123456789012345, 1234567890123456, -0.0, 1e2, 10, 007.5e0]".replace("007", "7")))
