print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 0))
print(int("777", 8), int("0o777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("10", 2), int("10", 3))
print(int("-0x10", 16), int("+0b11", 0), int("  -12  ", 10))
print(int("0", 0), int("00", 0), int("0_0", 0), int("-0", 0))
for base in range(2, 37):
    print(base, int("10", base), int("1" * 5, base), end="; ")
print()
