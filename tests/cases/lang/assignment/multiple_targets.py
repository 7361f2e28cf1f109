a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
items = [0, 0, 0]
i, items[i] = 1, "set"
print(i, items)
d = {}
d["a"] = d["b"] = len(d)
print(d)
t = l = (1, 2)
print(t is l)
