print(b",".join([b"a", b"b", bytearray(b"c"), memoryview(b"d")]), b"".join([]), b"-".join((b"x",)), bytearray(b"+").join([b"1", b"2"]))
print(b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), bytearray(b"xyx").replace(b"x", b"zz"), b"abc".replace(bytearray(b"b"), memoryview(b"B")))
for f in [lambda: b",".join([b"a", "b"]), lambda: b",".join([1]), lambda: b"a".replace("a", b"b"), lambda: b",".join(b"ab")]:
    try:
        print(f())
    except TypeError as e:
        print(e)
