print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((x for x in range(3))), bytes(b"ab"), bytes(bytearray(b"cd")), bytes(memoryview(b"ef")), bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytes(range(65, 70)))
class HasBytes:
    def __bytes__(self):
        return b"custom"
class HasIndex:
    def __index__(self):
        return 2
print(bytes(HasBytes()), bytes(HasIndex()), bytes([HasIndex()]))
for args in [(-1,), ([256],), ([-1],), (["a"],), ("abc",), (1.5,), (b"x", "utf-8"), ("x", "utf-8", "strict", 1), (None,), ([1.0],)]:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadBytes:
    def __bytes__(self):
        return "no"
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
