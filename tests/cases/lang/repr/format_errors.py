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
# The same object on both sides: two temporaries would compare their addresses too.
plain = NoFormat()
print(format(plain, "") == str(plain) or "differs")
