import struct
bad = 0
nans = 0
for bits in list(range(0, 65536, 61)) + list(range(0x7bf0, 0x7c10)) + list(range(0x3fe, 0x402)):
    raw = struct.pack("<H", bits)
    (x,) = struct.unpack("<e", raw)
    if x != x:
        nans += 1
        continue
    if struct.pack("<e", x) != raw:
        bad += 1
print("half round trips", bad, nans)
vals = [0.0, -0.0, 1.0, 1.0009765625, 1.00048828125, 1.00146484375, 2 ** -24, 2 ** -25, 2 ** -25 * 1.5,
        2 ** -14, 2 ** -14 - 2 ** -25, 65504.0, 65519.0, 6.1e-5, 3.14159, -2.5e-6, 1e-8, 1e-7]
for v in vals:
    print(v, struct.pack(">e", v), struct.unpack(">e", struct.pack(">e", v))[0])
for v in [1e-40, 3.4028235e38, 3.4028236e38, 1.17549435e-38, 0.1, -1e-45, 7e-46]:
    for w in [v, v * 1.0000001]:
        try:
            print(v, struct.pack("<f", w), struct.unpack("<f", struct.pack("<f", w))[0])
        except OverflowError as e:
            print("OverflowError", e)
print(struct.pack("@f", 1e300), struct.pack("<d", float("inf")), struct.pack(">d", -float("inf")))
print(struct.pack("@bhilqn", 1, 2, 3, 4, 5, 6), struct.calcsize("@bhilqn"), struct.pack("@?e?f?d", True, 1.5, False, 2.5, True, 3.5))
print(struct.unpack("@qQnNP", struct.pack("@qQnNP", -5, 2 ** 64 - 1, -(2 ** 63), 2 ** 64 - 1, 2 ** 63)))
print(struct.unpack(">bBhHiIlLqQ", struct.pack(">bBhHiIlLqQ", -128, 255, -32768, 65535, -2 ** 31, 2 ** 32 - 1, -2 ** 31, 2 ** 32 - 1, -2 ** 63, 2 ** 64 - 1)))
s = struct.Struct(">2h 3s x ? ")
print(struct.calcsize(" 2h i"))
try:
    struct.calcsize(" > 2h")
except struct.error as e:
    print(repr(e))
print(s.size, s.format, s.pack(1, -1, b"ab", True), s.unpack(s.pack(1, -1, b"ab", True)))
it = s.iter_unpack(s.pack(1, 2, b"x", 0) * 3)
print(it.__length_hint__(), next(it), list(it), it.__length_hint__())
b = bytearray(b"\xaa" * 12)
s.pack_into(b, 1, 5, 6, b"abcdef", 1)
print(b, s.unpack_from(b, 1), s.unpack_from(b, offset=-11))
print(struct.pack("4s", b"ab"), struct.unpack("3p", b"\x05ab"), struct.pack("=x2xcx", b"z"))
b = bytearray(b"\xaa" * 8)
try:
    struct.pack_into("<ii", b, 0, 1, "x")
except struct.error as e:
    print(e)
print(b)
