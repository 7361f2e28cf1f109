print("%*d|" % (5, 42), "%-*d|" % (5, 42), "%.*f" % (2, 3.14159), "%*.*f|" % (10, 3, 2.5), "%*s|" % (-6, "ab"), "%.*s" % (2, "abcdef"))
for args in [("5", 1), (1.5, 1), (2 ** 40, 1)]:
    try:
        print("%*d" % args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    "%*d" % (5,)
except TypeError as e:
    print(e)
