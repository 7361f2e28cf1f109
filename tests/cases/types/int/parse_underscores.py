def t(s, base=10):
    try:
        print(repr(s), base, "->", int(s, base))
    except ValueError as e:
        print(repr(s), base, "->", e)

for s in ["1_000", "1__000", "_1000", "1000_", "1_0_0_0", "0x_ff", "0_x_ff"]:
    t(s, 0)
for s in ["1_000", "1__000", "_1000", "1000_", "ff_ff"]:
    t(s, 16)
t("0b_1_0", 0)
t("0o_7", 0)
t("0b__1", 0)
t("0_7", 0)
t("07", 0)
t("0_0", 0)
