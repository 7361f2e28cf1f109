# dict.get/pop/setdefault called without their key (a mutation of setdefault_get_pop.py).
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d)
d["c"].append(1)
print(d, d.get("a"), d.get("z"), d.get("z", "dflt"), d.pop("a"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print(repr(e))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(print)
print(groups)
for f in [lambda: d.get(), lambda: d.pop(), lambda: d.setdefault(), lambda: d.get([])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
