def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

for spec in ["d", "x", "c", "s", ",d", ".2.2f", "=^10", "_,f", "n,", "#,x", "q", ".f", "1.f", "0" * 20 + "1", ".2147483648f"]:
    t(1.5, spec)
