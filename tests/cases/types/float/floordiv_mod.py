for a in [7.5, -7.5, 0.0, -0.0, 1e-300, 5.0]:
    for b in [2.0, -2.0, 0.3, float("inf"), -float("inf")]:
        print(a, b, a // b, a % b)
