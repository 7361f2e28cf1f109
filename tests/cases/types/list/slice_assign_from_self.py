a = [1, 2, 3, 4]
a[1:3] = a
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
c = [1, 2, 3, 4, 5, 6]
c[::2] = c[1::2]
print(c)
d = [1, 2, 3]
d[len(d):] = d
print(d)
e = [0, 1, 2, 3]
e[::-1] = e
print(e)
