# Widths and precisions near the limits: the errors CPython raises before building anything, and
# large results that both build. (A width of 2**31 makes CPython build a 2 GB string, more than a
# JavaScript engine's string can hold: pyglass raises MemoryError there, tested in
# tests/objects/format/huge-width.test.ts.)
for spec in [".2147483648", ",.2147483648f", "9" * 19, "9" * 30, ".9999999999999999999f", "10000000000000000000d"]:
    for v in [1.5, 7, 1 + 2j, True]:
        try:
            format(v, spec)
        except (ValueError, OverflowError) as e:
            print(spec, type(v).__name__, type(e).__name__ + ":", e)
for spec in ["1000000", ">1000000", "^1000000.3f", "01000000", "_<1000000", ".100000f", ".100000e", ".100000g", "#.100000g"]:
    for v in [1.5, -7, 2**70, 1 + 2j, "s", True]:
        try:
            r = format(v, spec)
            print(spec, type(v).__name__, len(r), r[:12], r[-12:])
        except (ValueError, OverflowError) as e:
            print(spec, type(v).__name__, type(e).__name__ + ":", e)
print(len("{:1000000}".format(1)), len(f"{1.5:1000000.2f}"), len("%1000000d" % 1), len("%.100000f" % 1.5))
print(len("x".ljust(10 ** 6)), len("x".center(10 ** 6)), len("x".zfill(10 ** 6)), len("ab\t".expandtabs(10 ** 6)))
try:
    "ab".expandtabs(2 ** 31)
except OverflowError as e:
    print("OverflowError:", e)
