b = b"hello world"
print(b[0], b[:5], b.upper(), b.split(), b.replace(b"o", b"0"), len(b))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"abc" + b"def", b"x" * 3)
print(b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b"a" in b, 104 in b)
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, bytes(ba), ba.decode())
print(b"\x00\xff".hex(), bytes.fromhex("41 42"), list(b"AB"))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(b"%s %d" % (b"x", 5), b"abc" < b"abd", b"A".lower())
