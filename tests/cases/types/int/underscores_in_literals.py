print(1_000_000, 0x_FF_FF, 0o_17, 0b_1010_1010, 1_0.5_0, 1e1_0)
print(int("1_2_3"), float("1_2.3_4"), complex("1_0j"))
print(0xDEAD_BEEF, 0B1111, 0O777, 0XaBc)
