def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: b"a" + "b")
t(lambda: "a" + b"b")
t(lambda: b"a" + 1)
t(lambda: b"a" + bytearray(b"b"))
t(lambda: bytearray(b"a") + b"b")
t(lambda: b"a" + memoryview(b"m"))
t(lambda: b"a" * 1.5)
t(lambda: b"a" + [1])
t(lambda: b"%s" % "a")
t(lambda: b"ab".decode("utf-8").encode() + b"!")
