s = "a\ud800b\udfff"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]:
    b = s.encode(enc, "surrogatepass")
    print(enc, b, b.decode(enc, "surrogatepass") == s)
try:
    "\ud800".encode("ascii", "surrogatepass")
except UnicodeEncodeError as e:
    print(e)
print(repr(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass")))
