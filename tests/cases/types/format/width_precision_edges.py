print(repr(format(1, "0")), repr(format(1.5, ".0f")), repr(format(2.5, ".0f")), repr(format(3.5, ".0f")))
print(repr(format(1.0, ".50f")))
print(repr(format(1e-300, ".320f"))[:40], len(format(1e-300, ".320f")))
print(repr(format(0.1, ".60g")))
print(repr(format(12, "100")), repr(format("a", "1")), repr(format(3.5, "1")))
for spec in [".2147483648", "9" * 30]:
    try:
        format(1.5, spec)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
