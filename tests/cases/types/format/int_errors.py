def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

for spec in ["s", ".2", ".2d", "z", "zd", "=s", ",x", "_c", ",,", "__", ",_", "_,", "+c", "#c", "c", "q", "5.5.5", "1" * 20, "%", ".0%", "e", "#e"]:
    t(5, spec)
t(-1, "c")
t(0x110000, "c")
t(10 ** 30, "c")
