a = [[1, 2], [3]]
b = a.copy()
c = a[:]
d = list(a)
b[0].append(99)
b.append("new")
print(a, b, c, d, a[0] is c[0])
e = a
e += [["x"]]
print(a is e, a)
