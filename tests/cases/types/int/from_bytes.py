print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"))
print(int.from_bytes(b"\xff" * 20, "big"), int.from_bytes(b"\xff" * 20, "big", signed=True))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(memoryview(b"\x02\x01"), byteorder="little"))
print(int.from_bytes((x for x in [1, 0]), "big"))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
class MyInt(int):
    pass
m = MyInt.from_bytes(b"\x05", "big")
print(type(m).__name__, m)
for args in [(b"a", "sideways"), ("abc", "big"), ([256], "big"), (5, "big")]:
    try:
        int.from_bytes(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
