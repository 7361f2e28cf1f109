def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

for spec in ["d", "x", "=10", "+", " ", "#", ",", "_", "z", "05" if False else "=5", "c", "%", "e", "-"]:
    t("abc", spec)
