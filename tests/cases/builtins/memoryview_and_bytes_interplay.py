b = bytearray(b"hello world")
m = memoryview(b)[6:]
print(bytes(m), m.tobytes().upper(), len(m))
m[0] = ord("W")
print(b, m == b"World", bytes(m) in b)
print(b"abc" == memoryview(b"abc"), list(memoryview(b"\x01\x02")), memoryview(b"xyz")[::-1].tobytes(), memoryview(b"ab").hex(":"))
