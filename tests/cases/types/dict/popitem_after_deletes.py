d = dict.fromkeys("abcdef", 0)
del d["f"]
del d["c"]
print(d.popitem(), d)
d["z"] = 1
print(d.popitem(), d.popitem(), d)
d.clear()
d["n"] = 1
print(d.popitem(), d)
