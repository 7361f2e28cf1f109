print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** 10**10, (-1) ** (10**10 + 1))
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 3 ** -1)
print(pow(2, 8), pow(-3, 3), pow(7, 0), type(2 ** -1).__name__)
print(pow(base=2, exp=5), pow(2, 5, None))
print(len(str(3 ** 1000)), str(7 ** 77))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(e)
