b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj is b, m.contiguous)
print(bytes(m[::2]), m[::-1].tobytes(), m == b, m == b"abcdeg", m.hex(), list(m[2:4]), m.c_contiguous)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, bytes(mv), mv.tobytes().decode())
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(repr(cm)[:17])
try:
    cm[0]
except ValueError as e:
    print(e)
