d = {}
for i in range(1000):
    d[i * 7 % 1009] = i
for i in range(0, 1000, 3):
    del d[i * 7 % 1009]
d[-1] = "new"
keys = list(d)
print(len(d), keys[:10], keys[-5:], sum(keys))
s = {str(i): i for i in range(50)}
for i in range(0, 50, 2):
    s.pop(str(i))
print(list(s)[:10], s.popitem())
