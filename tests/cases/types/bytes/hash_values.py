for b in [b"", b"a", b"abc", b"hello world", b"\x00", b"\xff" * 10, bytes(range(100))]:
    print(b[:12], hash(b))
print(hash(b"abc") == hash("abc"), hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print(e)
