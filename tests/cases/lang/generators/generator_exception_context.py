def gen():
    try:
        yield
    except ValueError:
        raise KeyError("from generator")


g = gen()
next(g)
try:
    g.throw(ValueError("thrown in"))
except KeyError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def gen2():
    try:
        raise TypeError("inside")
    except TypeError:
        yield "yielded while handling"
        yield repr(__import__("sys").exc_info()[1])


g2 = gen2()
print(next(g2))
print(next(g2))
