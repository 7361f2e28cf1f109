print(int(), int(0), int("12"), int(" 12 "), int(b"12"), int(bytearray(b"-3")), int(7.9))
class HasIndex:
    def __index__(self):
        return 11
class HasInt:
    def __int__(self):
        return 12
class HasTrunc:
    def __trunc__(self):
        return 13
print(int(HasIndex()), int(HasInt()))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(int(HasTrunc()))
print(int(x="10") if False else int("10", base=2))
print(int("  -0b1010  ", 0), int(memoryview(b"42")))
for bad in [HasIndex, object(), 1j, "1.0", b"1.0"]:
    try:
        int(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
