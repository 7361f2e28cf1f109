class NoFormat:
    pass


for value, spec in ((NoFormat(), "d"), (1, "s"), ("s", "d"), (1.5, "x"), ([], "x"), (None, ">5")):
    try:
        print(repr(format(value, spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    format(BadFormat(), "")
except TypeError as e:
    print(e)
print(format(NoFormat(), "") == str(NoFormat()) or "differs")
