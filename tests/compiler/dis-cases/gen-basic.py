def gen():
    for i in range(3):
        yield i
def gen2(x):
    yield from gen()
    return x
def gen3():
    x = yield 1
    y = yield x
