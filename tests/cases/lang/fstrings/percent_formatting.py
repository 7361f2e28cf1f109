print("%s and %r" % ("str", "repr"))
print("%d %i %5d %-5d| %05d" % (42, 43, 44, 45, 46))
print("%.2f %10.3f %e %g %G" % (3.14159, 2.5, 12345.678, 0.0001, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % ("A", 66))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("100%% sure" % ())
print("%s" % [1, 2], "%s" % (1,))
print("%*d|%-*s|" % (5, 1, 4, "ab"))
for fmt, args in (("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
