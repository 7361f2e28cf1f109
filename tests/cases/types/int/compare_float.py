big = 2 ** 53
print(big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big + 1), big + 1 < float(big + 2))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 == float("inf"))
print(1 == 1.0, 0 == -0.0, 1 < 1.5, 2 > 1.5, 3 == 3.0000000000000004)
print((2 ** 63) == 9.223372036854776e18, (2 ** 63 - 1) == 9.223372036854776e18)
print(float("nan") == 1, 1 < float("nan"), 1 != float("nan"))
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1024 - 1 > 1.7976931348623157e308)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([3, 2.5, 2, 1.0, True]))
for n in [2 ** 60 + 1, 2 ** 60 + 2 ** 8]:
    f = float(n)
    print(n == f, n <= f, n >= f, int(f) - n)
