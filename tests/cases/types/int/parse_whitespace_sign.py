def t(s, *base):
    try:
        print(repr(s), "->", int(s, *base))
    except ValueError as e:
        print(repr(s), "->", e)

for s in [" 5", "5 ", "\t5\n", "\u20035\u3000", "+5", "-5", "+-5", "- 5", "++5", "5-", "", " ", "\x0c7\x0b"]:
    t(s)
t("\u0665\u0666")
t("\uff11\uff12")
t("١٢٣")
t("12\u00a0")
t("  0x1f  ", 16)
t("-  0x1f", 16)
