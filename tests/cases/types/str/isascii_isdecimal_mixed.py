for s in ["123", "12a", "", "١٢٣abc", "abc", "ABC123", "   ", "\t", "x y", "٣", "Ⅷ", "ⅷ", "Ⅷ".lower()]:
    print(repr(s), s.isascii(), s.isdecimal(), s.isalnum(), s.isalpha(), s.isnumeric(), s.islower(), s.isupper())
