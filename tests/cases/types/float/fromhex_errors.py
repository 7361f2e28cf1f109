for s in ["", "0x", "0xg", "0x1p", "0x1p+", "1.2.3", "0x1p99999", "0x1.fffffffffffffp1023x", "--0x1", "0x1 p0", "0x1p1024", "0x2p1023"]:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__ + ":", e)
try:
    float.fromhex(1.0)
except TypeError as e:
    print(e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
