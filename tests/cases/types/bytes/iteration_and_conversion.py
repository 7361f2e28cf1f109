b = b"\x00AZ\xff"
print(list(b), tuple(b), [x for x in b], sum(b), sorted(b), set(b) == {0, 65, 90, 255}, dict(zip(b"ab", b"cd")))
print(bytes(reversed(b)), b"".join(bytes([x]) for x in b"abc"), int.from_bytes(b, "big"), list(enumerate(b"ab")))
print(bytes(list(b)) == b, bytearray(b) == b, bytes(bytearray(b)), bytes(map(lambda x: x + 1, b"abc")))
