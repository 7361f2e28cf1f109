for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (10**30, 7), (-10**30, 10**15 + 1), (5, 10**40)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(True, 2), divmod(7, True))
for a, b in [(1, 0), (0, 0), (10**30, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod(1, "2")
except TypeError as e:
    print(e)
