for s in ["a\nb", "a\nb\n", "a\r\nb", "\n", "", "a\x0bb", "a\u2028b", "one\n\ntwo"]:
    print(repr(s), s.splitlines(), s.split("\n"), s.split())
