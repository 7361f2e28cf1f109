# struct.pack_into / unpack_from / iter_unpack on an array's buffer.
import array
import struct

b = array.array("b", [0] * 8)
struct.pack_into("<i", b, 0, 0x01020304)
struct.pack_into(">h", b, 4, -2)
print(b, struct.unpack_from("<h", b, 1), struct.unpack_from("<4b", b))
d = array.array("d", [0.0, 0.0])
struct.pack_into("d", d, 8, 2.5)
print(d, struct.unpack("2d", d), list(struct.iter_unpack("d", d)))
try:
    struct.pack_into("<q", array.array("b", [0] * 4), 0, 1)
except struct.error as e:
    print("struct.error:", e)
