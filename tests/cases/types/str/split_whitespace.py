for s in ["a b  c", "  a b  ", "", "   ", "a\tb\nc\x0bd\x0ce\x1cf\x85g\u3000h\u2028i\xa0j", "one"]:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
