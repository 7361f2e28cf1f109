d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.pop("b"), d.pop("z", "default"), d)
d.update({"a": 10, "d": 4}, e=5)
print(d)
print(d.setdefault("a", 99), d.setdefault("f", 6), d)
del d["a"]
d["a"] = "re-added goes last"
print(d)
print(d.popitem(), d)
print(dict(zip("xyz", range(3))), dict([("k", "v")]), dict(a=1), dict.fromkeys("ab", 0))
merged = {"a": 1} | {"a": 2, "b": 3}
print(merged, {**{"x": 1}, **{"y": 2}})
keys = d.keys()
d["new"] = 1
print(keys, len(keys), keys & {"new", "zzz"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
