s = "a\U0001f600b\U00010000\U0010ffff"
le = s.encode("utf-16-le")
print(le.hex(" ", 2), len(le), le.decode("utf-16-le") == s)
be = s.encode("utf-16-be")
print(be.hex(" ", 2))
print(repr(b"=\xd8\x00\xde".decode("utf-16-le")), repr(b"\x00\xd8\x00\xdc".decode("utf-16-le")))
try:
    b"=\xd8a\x00".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e)
