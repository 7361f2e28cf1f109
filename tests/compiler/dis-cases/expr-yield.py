def g():
    yield 1
    x = yield
    yield from range(3)
    return x
