import codecs
dec = codecs.getincrementaldecoder("utf-8")(errors="strict")
out = []
for chunk in [b"h\xc3", b"\xa9llo \xe6", b"\x97", b"\xa5 \xf0\x9f", b"\x98\x80"]:
    out.append(dec.decode(chunk))
print(out, repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
dec2 = codecs.getincrementaldecoder("utf-8")()
dec2.decode(b"\xe6")
try:
    dec2.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)
