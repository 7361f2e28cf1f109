for n in [0, 7, -7, 255, 2 ** 40]:
    print(bin(n) == format(n, "#b"), hex(n) == format(n, "#x"), oct(n) == format(n, "#o"), f"{n:b}", f"{n:x}", f"{n:o}")
print(int(bin(-37), 0), int(hex(-37), 0), int(oct(-37), 0))
