from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), d["missing"], len(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print(repr(e))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], repr(defaultdict(None)), repr(defaultdict(int, {1: 2})))
print(d.get("zz"), "zz" in d, d.copy().default_factory is list)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
