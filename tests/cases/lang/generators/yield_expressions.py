def gen():
    x = yield
    print("x =", x)
    y = (yield x * 2) + 1
    print("y =", y)
    z = yield (yield y)
    print("z =", z)


g = gen()
next(g)
print(g.send(5))
print(g.send(10))
print(g.send("inner"))
try:
    g.send("outer")
except StopIteration:
    print("done")


def yield_in_args():
    print((yield 1), (yield 2))


g = yield_in_args()
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration:
    pass
