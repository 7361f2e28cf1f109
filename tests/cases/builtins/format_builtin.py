print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format([1, 2]), format(None), format(1 + 2j, ".1f"), format(255, "#x"), format(1234567, ","))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F()), format(F(), "abc"), "{:xyz}".format(F()))
for f in [lambda: format(object(), "x"), lambda: format(1, 5), lambda: format(1, "q"), lambda: format()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
