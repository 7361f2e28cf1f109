a = [1, 2]
a.append(a)
b = [1, 2]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
print(a == a, a[2] is a, [a] == [a])
