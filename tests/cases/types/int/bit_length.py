for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, -256, 2**31, 2**63 - 1, -(2**63), 2**64, 10**100, -(10**100)]:
    print(n if abs(n) < 10**20 else "big", n.bit_length())
print((1 << 1000).bit_length(), ((1 << 1000) - 1).bit_length())
print(True.bit_length(), False.bit_length())
