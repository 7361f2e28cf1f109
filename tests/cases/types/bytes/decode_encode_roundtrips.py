samples = ["hello", "héllo", "日本語", "😀 emoji", "mixed é 日 😀", "\x00\x7f"]
for s in samples:
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "utf-8-sig"]:
        b = s.encode(enc)
        assert b.decode(enc) == s
    print(repr(s), len(s.encode("utf-8")), len(s.encode("utf-16")), len(s.encode("utf-32")), s.encode("utf-8").hex()[:24])
