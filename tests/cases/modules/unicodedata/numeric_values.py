import unicodedata
for ch in "0795\u00b2\u00bd\u2155\u0663\u0ced\u2160\u216b\u3007\u4e00\u4e07\u5146\U0001d7ce\U0001f10a\u0f33\u2189x":
    print(hex(ord(ch)), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))
for f, msg in [(unicodedata.decimal, "a"), (unicodedata.digit, "\u00bd"), (unicodedata.numeric, "x")]:
    try:
        f(msg)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
print(sum(unicodedata.numeric(chr(c), 0) for c in range(0, 0x10000, 4)))
