print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", b"a" == bytearray(b"a"), bytearray(b"a") < b"b", b"a" == "a", b"a" != "a")
print(sorted([b"b", b"a", b"", b"ab", bytearray(b"aa")]), max(b"xyz"), min(b"xyz"), b"abc" == memoryview(b"abc"))
for f in [lambda: b"a" < "b", lambda: b"a" < 1, lambda: bytearray(b"a") >= "a"]:
    try:
        print(f())
    except TypeError as e:
        print(e)
