for s in ["hello World", "HELLO", "ßtraße", "ǆemal", "ﬁne", "İstanbul", "ΣΑΣ", "123abc", "", "a", "ǅ", "ŉ"]:
    print(repr(s.capitalize()), repr(s.swapcase()), repr(s.swapcase().swapcase()))
