for n in [0, 1, -1, 255, -255, 2**64, -(2**70) + 1, 12345678901234567890]:
    print(hex(n), oct(n), bin(n))
print(hex(True), oct(False), bin(True))
print(int(hex(2**100), 16) == 2**100, int(bin(-37), 2), int(oct(-37), 8))
