print(pow(2, 3), pow(2.0, 3), pow(2, -2), pow(-2, 0.5), pow(2, 3, 5), pow(2, 0, 1), pow(0, 0), pow(0.0, 0.0), pow(-1, 10 ** 20), pow(3, 10 ** 5, 7))
print(pow(base=3, exp=2, mod=4), pow(7, -1, 40), pow(1j, 2))
for f in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.5, 2, 3), lambda: pow(0.0, -1), lambda: pow(10.0, 400), lambda: pow()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
