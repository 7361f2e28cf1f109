print(2.0 ** 10, 2.0 ** -1, 4.0 ** 0.5, 0.0 ** 0, (-8.0) ** (1 / 3), (-2.0) ** 2, (-2.0) ** 3.0)
print(1.0 ** float("nan"), float("nan") ** 0, float("inf") ** -1, (-float("inf")) ** 3, 0.5 ** float("inf"), 2.0 ** -float("inf"))
print((-1.0) ** float("inf"), (-1.5) ** 0.5, pow(-27.0, 1 / 3))
print(pow(2.0, 3), pow(2, 3.0), 10 ** -1.0)
for a, b in [(0.0, -1), (0.0, -1.5), (-0.0, -3), (10.0, 400), (-10.0, 401), (1e300, 2)]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__ + ":", e)
