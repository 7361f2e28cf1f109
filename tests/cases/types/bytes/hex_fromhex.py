b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"_", 3), b"".hex(), bytearray(b"\x01\x02").hex(" "), memoryview(b"\xab\xcd").hex())
print(bytes.fromhex("00 ff Ab"), bytes.fromhex(""), bytes.fromhex("  0a  "), bytearray.fromhex("dead beef"), bytes.fromhex("0a\n0b\t0c"))
for f in [lambda: bytes.fromhex("0"), lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("0 0"), lambda: bytes.fromhex(b"00"), lambda: b.hex("::"), lambda: b.hex("é"), lambda: b.hex(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class B(bytes):
    pass
print(type(B.fromhex("41")).__name__)
