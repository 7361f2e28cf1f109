for s in ["0x1p0", "0x1.8p1", "-0x1.999999999999ap-4", "0x.8p1", "0x1.", "1p0", "0XA.8P0", "  0x1p-1074  ", "0x1p-1075", "0x1.000000000000080p0", "0x1.000000000000081p0", "0x1.fffffffffffff8p1023", "inf", "-Infinity", "nan", "0x0p0", "-0x0p0", "0x1_0p0" if False else "0x10p0", "0x1.0p+10", "0x123456789abcdefp-40"]:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__ + ":", e)
print(all(float.fromhex(x.hex()) == x for x in [0.1, 1e-310, 12345.6789, -2.5e100]))
