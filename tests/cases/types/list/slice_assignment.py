a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:2] = [9, 9, 9]
print(a)
a[:] = "xyz"
print(a)
a[5:] = [1, 2]
print(a)
a[-1:] = []
print(a)
a[1:1] = range(3)
print(a)
a[::1] = (7, 8)
print(a)
a[:0] = a
print(a)
b = [1, 2, 3]
b[1:2] = iter([4, 5, 6])
print(b)
b[4:1] = ["x"]
print(b)
b[10:20] = [0]
print(b)
