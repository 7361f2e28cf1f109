for x in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, float("inf"), float("nan"), 2.0 ** 52 + 0.5, 2.0 ** 53]:
    print(x, x.is_integer())
