for s in ["", "abc", "é", "日本語", "😀", "\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff"]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == s.encode("UTF8") == s.encode("utf_8"))
print("x".encode(encoding="utf-8", errors="strict"), b"\xc3\xa9".decode(encoding="utf-8"))
