for s in ["", "a", "😀", "ab"]:
    print(repr(s), s.encode("utf-32"), s.encode("utf-32-le"), s.encode("utf-32-be"))
print(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
for b in [b"a\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00"]:
    try:
        print(b.decode("utf-32-le"))
    except UnicodeDecodeError as e:
        print(e)
try:
    "\ud800".encode("utf-32")
except UnicodeEncodeError as e:
    print(e)
