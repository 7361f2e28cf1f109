def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer done"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration:
    print("finished")
print(list(outer()))
