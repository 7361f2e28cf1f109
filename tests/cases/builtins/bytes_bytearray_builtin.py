print(bytes(4), bytes([1, 2]), bytes("ab", "ascii"), bytearray(2), bytearray([65]), bytearray("é", "utf-8"), bytes(range(3)), bytearray(b"x") + bytes(1))
for f in [lambda: bytes("a"), lambda: bytearray("a"), lambda: bytes([1], "utf-8"), lambda: bytes(-1), lambda: bytearray([-1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
