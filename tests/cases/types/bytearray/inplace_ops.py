ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba += memoryview(b"f")
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba, len(ba))
ba *= 0
print(ba, alias)
b = b"x"
orig = b
b += b"y"
print(b, orig, b is orig)
try:
    ba += "str"
except TypeError as e:
    print(e)
print(bytearray(b"ab") * 2, 3 * bytearray(b"-"), bytearray(b"a") + b"b", type(b"a" + bytearray(b"b")).__name__)
