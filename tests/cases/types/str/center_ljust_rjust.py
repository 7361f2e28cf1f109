for s in ["a", "ab", "abc", "", "abcdef"]:
    print(repr(s.center(6)), repr(s.center(6, "*")), repr(s.ljust(5, "-")), repr(s.rjust(5, "é")), repr(s.center(7, "+")), repr(s.center(2)))
for bad in [("ab",), ("",), (1,)]:
    try:
        "x".center(5, *bad)
    except TypeError as e:
        print(e)
