def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 0 << -5)
t(lambda: 1 << 1.0)
t(lambda: 1.0 << 1)
t(lambda: 0 << (1 << 100))
t(lambda: 5 >> (1 << 100))
t(lambda: -5 >> (1 << 100))
t(lambda: "a" << 1)
