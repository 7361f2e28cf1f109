import codecs
s = "a\ud83d\ude00\udc80'"
print(repr(s), ascii(s), repr([s]), repr("\ud83d\ude00\""), repr("\ud800\udc00'\""))
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii", "latin-1"]:
    out = []
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogatepass", "surrogateescape", "strict"]:
        try:
            out.append(s.encode(enc, errors))
        except UnicodeEncodeError as e:
            out.append(f"{e.start}-{e.end}:{e.reason}")
    print(enc, out)
try:
    "\ud83d\ude00".encode()
except UnicodeEncodeError as e:
    print(e, repr(e.object), e.start, e.end)
for enc in ["utf-8", "utf-16-le", "utf-32-be"]:
    b = s.encode(enc, "surrogatepass")
    back = b.decode(enc, "surrogatepass")
    print(enc, back == s, len(back), repr(back))
print("\ud83d\ude00".encode("unicode_escape"), "\ud83d\ude00".encode("raw_unicode_escape"))
codecs.register_error("spans", lambda e: ("<%d:%d>" % (e.start, e.end), e.end))
codecs.register_error("low", lambda e: ("\ude00", e.end))
print(s.encode("ascii", "spans"), s.encode("utf-8", "spans"))
print(repr(b"\xed\xa0\xbd\xff".decode("utf-8", "low")) if False else repr(b"x\xff".decode("ascii", "low")))
print(repr((b"\xed\xa0\xbd" + b"\xff").decode("utf-8", "surrogateescape")))
print(bytes("\ud83d\ude00", "utf-16-be", "surrogatepass"), str(b"\xed\xa0\xbd\xed\xb8\x80", "utf-8", "surrogatepass") == "\ud83d\ude00")
print(codecs.encode("\ud83d\ude00", "utf-8", "surrogatepass"), repr(codecs.decode(b"\xed\xa0\xbd\xed\xb8\x80", "utf-8", "surrogatepass")))
print("\ud83d\ude00".isprintable(), "\ud83d\ude00".isascii(), "😀".isprintable())
