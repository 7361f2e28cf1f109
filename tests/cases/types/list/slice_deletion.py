a = list(range(10))
del a[2:5]
print(a)
del a[-2:]
print(a)
del a[100:]
print(a)
del a[:1]
print(a)
del a[::-1]
print(a)
b = list(range(10))
del b[1:8:3]
print(b)
del b[::]
print(b)
c = [1, 2, 3]
try:
    del c[5]
except IndexError as e:
    print(e)
del c[1]
print(c)
