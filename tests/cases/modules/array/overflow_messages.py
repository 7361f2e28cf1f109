# The range checks of each integer typecode, with CPython's wording per C type.
import array

def t(code, value):
    try:
        a = array.array(code, [value])
        print(code, value, "->", a[0])
    except (OverflowError, TypeError) as e:
        print(code, value, type(e).__name__ + ":", e)

limits = {"b": 8, "B": 8, "h": 16, "H": 16, "i": 32, "I": 32, "l": 64, "L": 64, "q": 64, "Q": 64}
for code, bits in limits.items():
    signed = code.islower()
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    for v in (lo, hi, lo - 1, hi + 1, 1 << 70, -(1 << 70)):
        t(code, v)
t("b", 40000)
t("H", 1 << 40)
t("B", True)
