d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
print(len(d))
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
print(d)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
