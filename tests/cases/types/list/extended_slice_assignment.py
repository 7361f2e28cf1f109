a = list(range(10))
a[::2] = "abcde"
print(a)
a[1::2] = [None] * 5
print(a)
a[::-3] = [1, 2, 3, 4]
print(a)
a[8:2:-2] = "xyz"
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
a = list(range(6))
a[::1] = []
print(a)
for seq in [[1], [1, 2, 3, 4]]:
    b = list(range(6))
    try:
        b[::2] = seq
    except ValueError as e:
        print(e)
b = list(range(4))
try:
    b[::2] = 5
except TypeError as e:
    print(e)
try:
    b[::-1] = "ab"
except ValueError as e:
    print(e)
