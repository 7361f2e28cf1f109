for n, d in [(1234, -1), (1235, -1), (1245, -1), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (15, -1), (25, -1), (5, -1), (-5, -1), (123, 0), (123, 2), (10**30 + 5 * 10**9, -10), (7, -100)]:
    r = round(n, d)
    print(n, d, r, type(r).__name__)
print(round(7), type(round(7)).__name__, round(True), type(round(True)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(e)
