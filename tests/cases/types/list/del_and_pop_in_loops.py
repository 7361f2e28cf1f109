a = list(range(10))
while a:
    x = a.pop(len(a) // 2)
    print(x, end=" ")
print()
b = list(range(10))
for i in range(len(b) - 1, -1, -1):
    if b[i] % 3 == 0:
        del b[i]
print(b)
c = [1, 2, 3, 4, 5]
print([c.pop(0) for _ in range(3)], c)
