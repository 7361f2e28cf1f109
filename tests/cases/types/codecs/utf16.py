for s in ["", "a", "é", "😀", "a😀b"]:
    print(repr(s), s.encode("utf-16"), s.encode("utf-16-le"), s.encode("utf-16-be"))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), repr(b"\xff\xfea\x00".decode("utf-16-le")))
for b, enc in [(b"a", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"abc", "utf-16")]:
    try:
        print(b.decode(enc))
    except UnicodeDecodeError as e:
        print(e)
