print("héllo 日本 😀".encode("ascii", "replace"), "日本".encode("latin-1", "replace"), "\ud800".encode("utf-8", "replace"))
for b in [b"a\xffb", b"\xc3", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x90\x80x", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xc0\xaf"]:
    r = b.decode("utf-8", "replace")
    print(b, repr(r), len(r))
print(repr(b"a\x80".decode("ascii", "replace")), repr(b"\x00\xd8a\x00".decode("utf-16-le", "replace")), repr(b"abc".decode("utf-16-le", "replace")))
