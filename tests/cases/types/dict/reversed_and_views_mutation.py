d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(next(r))
d["d"] = 4
try:
    next(r)
except RuntimeError as e:
    print(e)
ks = d.keys()
del d["a"]
print(list(ks), len(ks))
it = iter(d.items())
next(it)
d["b"] = 20
print(list(it))
d2 = {1: 1, 2: 2}
it2 = iter(d2)
next(it2)
d2.pop(1)
d2[3] = 3
try:
    next(it2)
except RuntimeError as e:
    print(e)
