print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 1e300 * 1e10, -1e300 * 1e10)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0**0.5)
print(float("1e500"), float("-inf"), float("nan") == float("nan"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float(10**16), float(2**53 + 1), 1e16 + 1, 9007199254740993.0)
print(3.0.is_integer(), (2.5).as_integer_ratio(), (0.1).hex() if False else "skip")
print(1e-7, 1e-4, 123456789.123, 1.5e-10, 100.0, 1e100)
print(int(2.5e3), -0.0, 0.0 == -0.0, str(-0.0))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
