codes = [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]
print([ord(chr(c)) == c for c in codes].count(True), len(codes))
print([repr(chr(c)) for c in codes])
print("".join(chr(c) for c in range(0x41, 0x5b)), [hex(ord(c)) for c in "aé€😀"])
