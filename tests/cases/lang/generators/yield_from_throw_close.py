def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner handles", e)
        yield "inner handled"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
        yield "after inner"
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("---")
g = outer()
next(g)
g.close()
