def t(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

t(lambda: 1.0 / 0)
t(lambda: 1.0 / 0.0)
t(lambda: 1 / 0.0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 0.0 / -0.0)
t(lambda: float("inf") / 0)
t(lambda: float("nan") % 0)
t(lambda: 0.0 ** -1)
t(lambda: pow(0.0, -0.5))
