def gen():
    yield 1
    return "the value"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)


def gen_none():
    yield
    return


g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)


def gen_tuple():
    return (1, 2)
    yield


try:
    next(gen_tuple())
except StopIteration as e:
    print(e.value, e.args)
