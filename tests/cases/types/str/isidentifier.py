for s in ["abc", "_", "_1", "1a", "a b", "", "class", "None", "ñandú", "变量", "a\u0301", "\u0301a", "℘", "℮", "x²", "x₁", "a-b", "ǅ", "ᢅ", "Ⅰ", "·a", "a·", "\U0001d49c", "$a"]:
    print(repr(s), s.isidentifier())
