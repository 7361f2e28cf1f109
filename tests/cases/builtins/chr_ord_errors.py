print(chr(97), chr(0x1F40D), ord("a"), ord("🐍"), ord(b"a"), ord(bytearray(b"b")))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(), lambda: ord("ab"), lambda: ord(""), lambda: ord(97), lambda: ord(b""), lambda: ord(None)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
