items = [1, 2, 3]
result = [items.append(x) or x for x in items[:2]]
print(result, items)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(e)
s = {1}
try:
    for v in s:
        s.add(v + 1)
except RuntimeError as e:
    print(e)
lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.remove(v)
print(lst)
