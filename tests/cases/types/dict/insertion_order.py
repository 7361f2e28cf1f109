d = {}
for k in ["b", "a", "c", 3, 1, 2, (1,), None, 2.5]:
    d[k] = str(k)
print(d, list(d), list(d.values()))
del d["a"]
d["a"] = "again"
print(list(d))
d["b"] = "updated"
print(list(d.items())[:2])
d2 = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del d2[i]
d2[0] = "back"
print(list(d2))
