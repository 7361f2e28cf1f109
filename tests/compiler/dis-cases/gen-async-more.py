async def f():
    x = [i async for i in aiter() if await i]
    y = {i: j async for i, j in g()}
    z = (i async for i in h())
    w = [await i for i in range(3)]
    async with a as b, c as d:
        pass
    return [j for j in [await k()]]
async def agen():
    async for x in y:
        yield x
    yield 2
def gen():
    x = yield
    yield from x
    return (yield x)
lam = lambda: (yield 1)
