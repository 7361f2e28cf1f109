import struct
data = bytearray(struct.pack("<4i", 1, -2, 3, 400000))
m = memoryview(data).cast("i")
print(m.format, m.itemsize, len(m), m.tolist(), m[1], m.nbytes, m.shape)
m[0] = 99
print(struct.unpack("<4i", data))
h = memoryview(b"\x01\x00\x02\x00\x03\x00\x04\x00").cast("H")
print(h.tolist(), h.cast("B").tolist(), h.cast("B").cast("H", [2, 2]).tolist())
d = memoryview(struct.pack("<2d", 1.5, -2.25)).cast("d")
print(d.tolist(), d.format)
for f in [lambda: memoryview(b"abc").cast("i"), lambda: m.cast("q"), lambda: memoryview(b"ab").cast("Z")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
