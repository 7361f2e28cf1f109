def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a".split(1))
t(lambda: "a".split(",", "1"))
t(lambda: "a,b".split(sep=",", maxsplit=1))
t(lambda: "a".split(b","))
t(lambda: "a".partition(""))
t(lambda: "a".partition(None))
t(lambda: "a".splitlines(1.5))
