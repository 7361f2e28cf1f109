for s in ["abc", "", " ", "\n", "\t", "\x7f", "\xa0", "\xad", "é", "\u200b", "\u2028", "\U0001f600", "\ud800", "\x00", "\U000e0001", "a\u0301"]:
    print(repr(s), s.isprintable(), s.isascii())
