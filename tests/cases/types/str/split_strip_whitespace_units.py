# split(), rsplit(), splitlines() and the strip family on whitespace, line breaks and chars,
# with astral characters, lone surrogates and every kind of Unicode whitespace and line break.
WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
TEXTS = ["", " ", "a", " a b  c ", "\ta\u3000b\u2028c\x85d\x1fe\xa0", "x\U0001F600 y\U0001F600", " \ud800 \udc00 ",
         "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85l10\u2028l11\u2029l12",
         "\n\n", "a\r", "\r\n", "trail\n", "\u200b\u180e\ufeff x", "a\x00b c", WS + "mid" + WS]
for t in TEXTS:
    print(ascii(t.split()), ascii(t.split(None, 1)), ascii(t.rsplit()), ascii(t.rsplit(None, 1)), ascii(t.split(maxsplit=0)))
    print(ascii(t.splitlines()), ascii(t.splitlines(True)), ascii(t.strip()), ascii(t.lstrip()), ascii(t.rstrip()))
    print(ascii(t.strip("a \U0001F600")), ascii(t.strip("\ud800 ")), ascii(t.lstrip("x\U0001F600")), ascii(t.rstrip("\x85\u2029l2")), ascii(t.strip("")))
print([c for c in map(chr, range(0x3001)) if c.isspace()] == [c for c in map(chr, range(0x3001)) if len(("a" + c + "b").split()) == 2])
print(ascii("".join(map(chr, range(0x2100))).splitlines()[:3]), len("".join(map(chr, range(0x2100))).splitlines()))
print(ascii("\U0001F600\ud83d".strip("\ud83d")), ascii("\ud83d\ude00".strip("\ude00")), ascii("ab".strip(None)), ascii("  x ".rstrip(None)))
