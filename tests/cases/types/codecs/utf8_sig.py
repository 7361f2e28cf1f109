print("a".encode("utf-8-sig"), "".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), repr(b"\xef\xbb\xbf".decode("utf-8-sig")))
print(repr(b"\xef\xbb\xbfa".decode("utf-8")), len(b"\xef\xbb\xbfa".decode("utf-8")))
print(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig") == "\ufeffx")
