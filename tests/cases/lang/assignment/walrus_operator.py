data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
pos = 0
while (pos := pos + 3) < 10:
    print("pos", pos)


def f():
    if (m := 5) > 3:
        return m


print(f())
print((a := 1, b := 2), a, b)
values = iter([3, 2, 0, 5])
total = 0
while (v := next(values)) != 0:
    total += v
print(total)
print([last := i for i in range(3)], last)
