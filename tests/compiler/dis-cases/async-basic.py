async def f():
    await g()
    async with a as b:
        await b
    async for x in y:
        print(x)
    return 1
async def agen():
    yield 1
    await x
async def comp():
    return [x async for x in y], [await z for z in w]
