def t(*args):
    try:
        print(repr(round(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(float("inf"))
t(float("-inf"))
t(float("nan"))
t(float("inf"), 2)
t(float("nan"), 0)
t(1.5, None)
t(1.5, 1.0)
t("1.5")
t(1e308, -308)
t(1.7e308, -308)
t(1.5, 2**70)
t(1.5, -2**70)
