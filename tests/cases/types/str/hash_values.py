for s in ["", "a", "b", "ab", "hello", "hello world", "é", "日本語", "😀", "\x00", "a" * 100, "The quick brown fox"]:
    print(repr(s[:20]), hash(s))
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash("abc"))
