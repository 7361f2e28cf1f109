raw = b"caf\xe9 \xff\x80 ok"
s = raw.decode("utf-8", "surrogateescape")
print(repr(s), [hex(ord(c)) for c in s if ord(c) > 0x7f], s.encode("utf-8", "surrogateescape") == raw)
print(repr(b"\x80abc".decode("ascii", "surrogateescape")), "\udc80x".encode("latin-1", "surrogateescape"))
for f in [lambda: "\udc80".encode("utf-8"), lambda: "\ud800".encode("utf-8", "surrogateescape"), lambda: "\udc41".encode("ascii", "surrogateescape"), lambda: "é".encode("ascii", "surrogateescape")]:
    try:
        print(f())
    except UnicodeEncodeError as e:
        print(e)
