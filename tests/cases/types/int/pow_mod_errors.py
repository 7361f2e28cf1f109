def t(*args):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(2, 3, 1.0)
t(2.0, 3, 5)
t(2, 3.0, 5)
t(2, 3, "5")
t("2", 3)
t(2, None, 5)
t([], 2)
t(2, 1j)
