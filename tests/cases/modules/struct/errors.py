import struct
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: struct.pack("<b", 200))
t(lambda: struct.pack("<B", -1))
t(lambda: struct.pack("<i", 2 ** 31))
t(lambda: struct.pack("<i", 1.5))
t(lambda: struct.pack("<i"))
t(lambda: struct.pack("<i", 1, 2))
t(lambda: struct.unpack("<i", b"\x00"))
t(lambda: struct.pack("z", 1))
t(lambda: struct.pack("<f", 1e100))
t(lambda: struct.pack("s", "str"))
t(lambda: struct.pack("c", b"ab"))
t(lambda: struct.pack("<Q", -1))
t(lambda: struct.calcsize("3"))
print(struct.error.__name__, issubclass(struct.error, Exception))
