m = memoryview(b"0123456789")
print(bytes(m[2:5]), bytes(m[::3]), bytes(m[::-2]), m[-1], m[2:5] == b"234", m[2:5] == memoryview(b"234"), m[:0].tobytes(), len(m[8:100]))
print(m.tolist()[:3], m[1:3].tolist(), bytes(m[1:9][2:4]), m.obj == b"0123456789")
try:
    m[::0]
except ValueError as e:
    print(e)
