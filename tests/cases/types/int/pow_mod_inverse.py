for b, m in [(3, 7), (2, 9), (-3, 7), (3, -7), (10, 17), (12345, 10**9 + 7), (1, 1)]:
    inv = pow(b, -1, m)
    print(b, m, inv, (b * inv) % m)
print(pow(3, -2, 7), pow(-5, -3, 11), pow(2, -5, 31))
for b, e, m in [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, -1, 0), (2, 3, 0)]:
    try:
        print(pow(b, e, m))
    except ValueError as e:
        print("ValueError:", e)
