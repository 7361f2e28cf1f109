import struct
for fmt in ["b", "h", "i", "l", "q", "f", "d", "e", "?", "c", "s", "x", "n" if False else "P", "bi", "ib", "<bi", "=bi", "!h", "3h", "0i", "i0q"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<?", 5), struct.pack("<e", 65504.0), struct.unpack("<e", b"\x00\x7c"), struct.pack(">d", -0.0), struct.unpack("<d", b"\x00" * 7 + b"\x80"))
