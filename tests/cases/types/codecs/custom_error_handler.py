import codecs
def fancy(err):
    if isinstance(err, UnicodeEncodeError):
        return ("<" + ",".join(hex(ord(c)) for c in err.object[err.start:err.end]) + ">", err.end)
    return ("{" + err.object[err.start:err.end].hex() + "}", err.end)
codecs.register_error("fancy", fancy)
print("aéb日本c".encode("ascii", "fancy"), b"a\xff\xfeb".decode("utf-8", "fancy"))
def skip_back(err):
    return ("!", err.start + 1)
codecs.register_error("skip1", skip_back)
print("xéé".encode("ascii", "skip1"))
def bad(err):
    return 5
codecs.register_error("bad", bad)
try:
    "é".encode("ascii", "bad")
except TypeError as e:
    print(e)
