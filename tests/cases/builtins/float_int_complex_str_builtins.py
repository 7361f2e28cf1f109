print(int("10"), int("10", 16), float("1.5"), complex("1+2j"), str(10), int(2.9), float(3), complex(1, 2), str(b"x"), int(-2.9), float("  -inf "))
for f in [lambda: int("1.5"), lambda: float("x"), lambda: complex("1+"), lambda: int([]), lambda: float([]), lambda: complex([]), lambda: str(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
