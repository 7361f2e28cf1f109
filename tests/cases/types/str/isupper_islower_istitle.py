for s in ["ABC", "abc", "Abc", "ABC1", "abc!", "123", "", "ǅ", "Ǆ", "ǆ", "ß", "ẞ", "Hello World", "Hello world", "HELLO World", "ʰ", "ᵃ", "ⓐ", "Ⓐ", "ΣΑΣ", "ꞵ", "A_B", "aB"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
