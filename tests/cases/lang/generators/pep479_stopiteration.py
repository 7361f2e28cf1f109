def bad():
    yield 1
    raise StopIteration("leaked")


g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)


def via_next():
    it = iter([])
    yield next(it)


try:
    list(via_next())
except RuntimeError as e:
    print(e)


def return_is_fine():
    yield 1
    return "value"


print(list(return_is_fine()))
