print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)))
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>6}", "%s %d %r" % (True, True, False), format(False, "x"))
print(True is bool(1), isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__base__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
class Falsy:
    def __bool__(self):
        return False
class Len0:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(Falsy()), bool(Len0()), bool(object()))
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
