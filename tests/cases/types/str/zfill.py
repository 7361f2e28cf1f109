for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", "3.14", "-3.14", "1234567", "ü"]:
    print(repr(s.zfill(6)), repr(s.zfill(0)), repr(s.zfill(-1)), repr(s.zfill(2)))
