def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 1e308 * 10)
t(lambda: 1e308 + 1e308)
t(lambda: 2.0 ** 1024)
t(lambda: 1.5 ** 5000)
t(lambda: float(10 ** 309))
t(lambda: float(2 ** 1024 - 2 ** 970))
t(lambda: float(2 ** 1024 - 2 ** 971))
t(lambda: 10 ** 309 / 1)
t(lambda: 2 ** 2000 / 2 ** 1000)
t(lambda: (1e200).__pow__(2))
t(lambda: float("1e400"))
t(lambda: int(1e308) * 10 + 0.0)
