import unicodedata
samples = ["e\u0301", "\u00e9", "\u1e9b\u0323", "\ufb01", "\u2126", "\u212b", "\u0344", "a\u0328\u0301\u0323",
           "\u1100\u1161\u11a8", "\uac00\u11a8", "\ud4db", "\u0958", "\u2460\u00bd", "x\u0301\u0300\u0327",
           "\u0f73", "\u2add\u0338", "\U0001d15e", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "", "plain ascii"]
for s in samples:
    print(ascii(s), [ascii(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")])
