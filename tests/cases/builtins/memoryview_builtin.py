m = memoryview(b"hello")
print(m[0], bytes(m[1:3]), len(m), m.tobytes(), m.tolist()[:2], bytes(memoryview(bytearray(b"x"))), memoryview(b"ab") == b"ab")
for bad in ["str", 5, [1]]:
    try:
        memoryview(bad)
    except TypeError as e:
        print(e)
