for n in [0, 1, 255, -255, 65535, 2 ** 70]:
    print(format(n, "x"), format(n, "X"), format(n, "#x"), format(n, "#X"), format(n, "o"), format(n, "#o"), format(n, "b"), format(n, "#b"))
print(f"{255:#010x}", f"{255:#10x}", f"{255:<#10x}|", f"{-255:#010b}", f"{5:08b}", f"{5:#8b}")
print(f"{0:#x}", f"{0:#b}", f"{-1:#o}", f"{10:c}", f"{97:c}", f"{0x263a:c}", f"{42:d}", f"{42:n}")
