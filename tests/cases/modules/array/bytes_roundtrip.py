# tobytes / frombytes, byteswap, and the little-endian layout of each type.
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2])
    raw = a.tobytes()
    b = array.array(code)
    b.frombytes(raw)
    a.byteswap()
    print(code, raw.hex(), b == array.array(code, [1, 2]), a.tobytes().hex())
u = array.array("u", "hé")
print(u.tobytes().hex())
u.byteswap()
print(u.tobytes().hex())
c = array.array("h")
c.frombytes(bytearray(b"\x01\x00\xff\xff"))
c.frombytes(memoryview(b"\x02\x00"))
print(c)
t(lambda: c.frombytes(b"\x01"))
t(lambda: c.frombytes("ab"))
print(bytes(array.array("H", [258])), bytearray(array.array("b", [-1, 1])))
