import codecs
print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"abc", "hex"), codecs.decode("nop", "rot_13"))
print(codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9"), codecs.encode("é", "ascii", "replace"))
info = codecs.lookup("utf-8")
print(info.name, info.encode("é"), info.decode(b"\xc3\xa9"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac!")), repr(dec.decode(b"", final=True)))
def handler(err):
    return ("?" * (err.end - err.start), err.end)
codecs.register_error("myq", handler)
print("日本x".encode("ascii", "myq"), codecs.lookup_error("myq") is handler, codecs.lookup_error("strict").__name__)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print(e)
