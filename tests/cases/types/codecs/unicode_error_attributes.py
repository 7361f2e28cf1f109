try:
    "ab\u20ac\u20accd".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), str(e))
try:
    b"xy\xff\xfez".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, e.args)
e = UnicodeDecodeError("enc", b"\x01\x02", 0, 1, "why")
print(str(e), repr(e))
e = UnicodeDecodeError("enc", b"\x01\x02", 0, 2, "why")
print(str(e))
e = UnicodeEncodeError("enc", "\u1234x", 0, 1, "because")
print(str(e))
e = UnicodeTranslateError("\U0001f600", 0, 1, "no")
print(str(e), e.start)
