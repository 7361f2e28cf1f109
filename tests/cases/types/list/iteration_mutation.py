a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    if x == 2:
        a.append(5)
print(out)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
c.extend([7, 8, 9])
print(list(it))
it2 = iter([1])
print(list(it2), it2.__length_hint__())
