import struct
print(struct.pack("<i", -2), struct.pack(">I", 1), struct.pack("<h", 258), struct.pack("<q", -1), struct.pack("<d", 1.5), struct.pack("<f", 0.1), struct.pack(">?", True), struct.pack("3s", b"abcdef"), struct.pack("c", b"x"), struct.pack("<e", 1.5))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("2s?", b"ok\x01"), struct.calcsize("<iqh"), struct.calcsize("@iqh"), struct.calcsize("4x"))
print(struct.pack("<bBx", -1, 255), struct.pack("!L", 2 ** 32 - 1), struct.pack("<Q", 2 ** 64 - 1), struct.pack("p", b"pascal"), struct.pack("5p", b"pascal"), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<2i")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00"), s.unpack_from(b"xx" + s.pack(3, 4), 2))
buf = bytearray(8)
struct.pack_into("<i", buf, 4, 7)
print(buf)
