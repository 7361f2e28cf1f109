def gen():
    yield g.send(None)


g = gen()
try:
    next(g)
except ValueError as e:
    print(e)


def closes_self():
    g2.close()
    yield


g2 = closes_self()
try:
    next(g2)
except ValueError as e:
    print(e)
