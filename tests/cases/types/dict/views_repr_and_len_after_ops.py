d = {"a": [1], (1, 2): None, 3: "x"}
print(d.keys(), d.values(), d.items())
print(repr({}.keys()), repr({}.values()), repr({}.items()))
d.pop("a")
print(len(d.keys()), len(d.values()), len(d.items()), list(d.items()))
print(sorted(d.keys(), key=repr), (1, 2) in d.keys(), None in d.values(), (3, "x") in d.items())
