ba = bytearray(b" Hello World ")
for name in ["upper", "lower", "strip", "title", "swapcase", "capitalize"]:
    r = getattr(ba, name)()
    print(name, r, type(r).__name__, r is ba)
print(ba.split(), type(ba.split()[0]).__name__, ba.partition(b"o"), ba.replace(b"l", b"L"), ba.hex(), ba.count(b"l"), ba.find(b"W"), ba.decode(), ba.isupper(), ba.endswith(b" "))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") in [b"abc"], b"b" in bytearray(b"abc"), bytearray(b"a") < bytearray(b"b"))
