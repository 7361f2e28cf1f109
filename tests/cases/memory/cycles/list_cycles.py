import gc

gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
print(gc.collect())
