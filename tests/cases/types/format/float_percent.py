for x in [0.0, 0.5, 1.0, 0.12345, -0.001, 1e-7, 12.5, 1e20, float("inf"), float("nan")]:
    print(f"{x:%}", f"{x:.0%}", f"{x:.1%}", f"{x:8.2%}|", f"{x:+.3%}", f"{x:,.1%}")
print(format(1, "%"), format(True, ".0%"))
