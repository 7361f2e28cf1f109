print(b"%s %d %x" % (b"ab", 42, 255), b"%c%c" % (65, b"B"), b"%5s|%-5s|" % (b"x", b"y"), b"%r" % b"q" if False else b"%a" % "é")
print(b"%(k)s" % {b"k": b"v"}, b"%%", b"%b" % b"bee", b"%b" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
print(b"%.2f %e %g" % (1.5, 1.5, 1.5), b"%08.3f" % -1.5, b"%#x %o" % (255, 8))
for f in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%d" % b"1", lambda: b"%b" % 5, lambda: b"%r" % b"x", lambda: b"%s %s" % (b"a",)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(bytearray(b"%d-%s") % (1, b"x"))
