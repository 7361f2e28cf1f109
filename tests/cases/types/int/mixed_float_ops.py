print(1 + 2.5, 3 - 0.5, 2 * 1.5, 7 / 2, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)
print(2 ** 0.5, 4 ** 0.5, 2 ** -0.5, (-8) ** (1 / 3))
print(10 ** 20 + 0.5, type(1 + 1.0).__name__, 1 + True, 1.5 + True)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.5, -2))
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print(e)
try:
    10 ** 400 * 0.0
except OverflowError as e:
    print(e)
print(10 ** 400 // 1e300 if False else "skipped")
