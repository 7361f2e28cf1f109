ba = bytearray(b"abc")
print(ba == b"abc", ba == "abc", ba < b"abd", ba + b"d", b"x" + ba, type(b"x" + ba).__name__, ba * 2, ba[0:1] == b"a")
try:
    {ba}
except TypeError as e:
    print(e)
print(bytes(ba) in {b"abc"}, sorted([bytearray(b"b"), bytearray(b"a")]))
