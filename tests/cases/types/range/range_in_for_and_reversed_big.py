total = 0
for i in range(10, 0, -3):
    total += i
print(total, list(range(-3)), list(reversed(range(3, -3, -2))), range(2 ** 63)[-1], range(-(2 ** 63), 0)[0])
r = range(0, 10 ** 18, 10 ** 17)
print(len(r), r[5], 5 * 10 ** 17 in r, r.index(9 * 10 ** 17), list(r)[-1])
