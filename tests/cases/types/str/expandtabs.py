for s in ["a\tb", "\t", "ab\tcd\tef", "12345678\tx", "a\nb\tc", "a\r\tb", "\t\t", "日\tb"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-3)))
print(repr("a\tb".expandtabs(tabsize=3)))
try:
    "a".expandtabs(1.5)
except TypeError as e:
    print(e)
