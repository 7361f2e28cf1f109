big = 3 ** 100
print("%d" % big)
print("%x" % big, "%o" % -big)
print("%e" % big, "%g" % big, "%.3f" % (1 / 3), "%.20f" % 0.1, "%.0f" % 2.5, "%.0f" % 3.5, "%g" % 1e16, "%g" % 123456789, "%G" % 1e-10)
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class IntLike:
    def __int__(self):
        return 3
print("%x %o" % (I(), I()), "%f" % F(), "%d" % I())
for spec, v in [("%d", F()), ("%d", IntLike()), ("%x", IntLike())]:
    try:
        print(spec % v)
    except TypeError as e:
        print(e)
