for s in ["abc", "abc1", "ñ", "日本", "a b", "", " ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "\u2000\u2028\u2029", "\u200b", "\u3000", "\u180e", "²", "Ⅻ", "a\u0301", "_", "ǅ", "😀"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isspace())
