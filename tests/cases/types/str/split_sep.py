for s, sep in [("a,b,,c,", ","), (",a,", ","), ("", ","), ("abc", "abc"), ("aXbXXc", "XX"), ("aaa", "a"), ("aaaa", "aa"), ("a b", " ")]:
    print(repr(s), repr(sep), s.split(sep), s.split(sep, 1), s.split(sep, 0), s.split(sep, -1), s.rsplit(sep, 1), s.rsplit(sep, 2))
