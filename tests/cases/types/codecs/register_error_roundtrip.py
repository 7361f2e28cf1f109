import codecs
def tag(err):
    if isinstance(err, UnicodeDecodeError):
        return ("<%d-%d>" % (err.start, err.end), err.end)
    return (b"[" + str(err.end - err.start).encode() + b"]", err.end)
codecs.register_error("tag", tag)
print("a\u00e9\u00e9b\u4e2d".encode("ascii", "tag"), "x\u00ffy".encode("latin-1", "tag"))
print(b"a\xff\xfeb\xc3".decode("utf-8", "tag"), b"\x80abc".decode("ascii", "tag"))
def rewind(err):
    return ("?", -1) if err.end < len(err.object) else ("?", err.end)
codecs.register_error("rewind", rewind)
print("ab\u00e9".encode("ascii", "rewind"))
def badpos(err):
    return ("", 100)
codecs.register_error("badpos", badpos)
try:
    "\u00e9".encode("ascii", "badpos")
except IndexError as e:
    print(type(e).__name__, e)
print(codecs.lookup_error("tag") is tag, codecs.lookup_error("ignore")(UnicodeEncodeError("ascii", "\u00e9x", 0, 1, "r")))
print(codecs.encode("Hello", "rot_13"), codecs.decode(codecs.encode(b"\x00\xff", "hex"), "hex"))
print(codecs.lookup("UTF-16-LE").name, codecs.lookup("latin_1").name, codecs.getencoder("ascii")("ok"))
