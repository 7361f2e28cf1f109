def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "a".upper(1))
t(lambda: "a".center())
t(lambda: "a".ljust("5"))
t(lambda: "a".zfill(None))
t(lambda: "a".join())
t(lambda: "a".encode(1))
t(lambda: "a".startswith())
t(lambda: "abc".index("b", 0, 1, 2))
t(lambda: str.upper(5))
t(lambda: str.join("a", "b", "c"))
t(lambda: "a".replace("a"))
t(lambda: "a".count("a", "b"))
t(lambda: "{}".format_map())
t(lambda: "a".split(maxsplit="x"))
