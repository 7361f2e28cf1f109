for s in ["é", "日本", "😀", "a\u0301"]:
    print(repr(s.ljust(4, "·")), repr(s.rjust(4)), repr(s.zfill(4)), len(s.ljust(4)))
