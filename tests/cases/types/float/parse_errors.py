for s in ["", " ", "abc", "1.2.3", "1e", "e5", "1__0", "_1", "1_", "1._5", "0x10", "in f", "nann", "1,5", "- 1", "--1", "1e+-5", "\x00", "1" + "\u00a0" + "2", "infinit"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in [None, [], b"x", 1j, "x" * 300]:
    try:
        float(bad)
    except Exception as e:
        print(type(e).__name__ + ":", str(e)[:120])
