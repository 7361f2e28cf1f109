print(chr(65), chr(0), repr(chr(0x10ffff)), chr(0x263a), ord("A"), ord("😀"), ord("\x00"), ord("\U0010ffff"))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: ord(b"a"), lambda: ord(b"ab"), lambda: ord(bytearray(b"z"))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
