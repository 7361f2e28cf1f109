print(b"ab".center(6), b"ab".center(6, b"*"), b"ab".ljust(5, b"."), b"ab".rjust(5), b"-42".zfill(6), b"42".zfill(1), b"a\tb".expandtabs(), b"a\tb".expandtabs(3))
for f in [lambda: b"a".center(5, "*"), lambda: b"a".center(5, b"**"), lambda: b"a".ljust(5, 42)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(bytearray(b"x").center(5, b"-"), bytearray(b"7").zfill(3))
