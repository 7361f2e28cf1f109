for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, -1.0), (-0.0, 1.0), (5.0, float("inf")), (-5.0, float("inf")), (float("inf"), 2.0), (float("nan"), 1.0)]:
    print(a, b, divmod(a, b))
for a, b in [(1.0, 0.0), (1.0, 0), (0.0, -0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
