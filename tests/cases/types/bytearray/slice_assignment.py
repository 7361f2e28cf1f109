ba = bytearray(b"0123456789")
ba[2:4] = b"AB"
print(ba)
ba[2:4] = b"XYZW"
print(ba)
ba[::2] = b"-----" + b"--"[:0] if False else bytes(len(ba[::2]))
print(ba)
ba = bytearray(b"0123456789")
del ba[::3]
print(ba)
ba[1:1] = [1, 2]
print(ba)
ba[-2:] = bytearray(b"!!")
ba[:0] = memoryview(b"<<")
print(ba)
ba[3:5] = b""
print(ba)
for f in [lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b"x"), lambda: ba.__setitem__(slice(0, 1), "s"), lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(100, 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
