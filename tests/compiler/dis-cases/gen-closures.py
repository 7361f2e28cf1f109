def outer(a):
    b = 2
    def gen(c):
        d = c + 1
        def inner():
            return a + b + d
        yield inner
        yield from range(a)
    return gen
def g():
    try:
        yield 1
    except E:
        yield 2
    finally:
        yield 3
def h():
    with cm() as x:
        yield x
async def ag(x):
    try:
        yield await x
    finally:
        await cleanup()
