for k in [10, 17, 50, 100, 500]:
    n = 7 ** k
    print(k, n, -n)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print(int("1" + "0" * 80) + 1)
print(repr(10 ** 18), str(-(10 ** 19)))
