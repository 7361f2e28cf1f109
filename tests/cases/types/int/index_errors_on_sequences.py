for f in [lambda: [1][2 ** 64], lambda: "abc"[2 ** 100], lambda: (1,)[-(2 ** 64)], lambda: [1] * (2 ** 64), lambda: range(2 ** 64)[2 ** 65]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
