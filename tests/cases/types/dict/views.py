d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
d["d"] = 4
print(list(k), list(v), list(i), repr(k))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
print(k.mapping, k.mapping is d if False else "-")
print(d.keys() == {"a", "b", "c", "d"}, d.keys() == ["a", "b", "c", "d"], d.items() == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, d.values() == d.values())
