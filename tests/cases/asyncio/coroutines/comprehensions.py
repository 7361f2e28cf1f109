# Async comprehensions: async for, await in the element, and nested forms.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    print([i async for i in agen(4)])
    print({i: i * 2 async for i in agen(3)})
    print({i % 2 async for i in agen(5)})
    print([await square(i) for i in range(4)])
    print([await square(i) async for i in agen(3) if i != 1])
    print([(i, j) async for i in agen(2) for j in range(2)])
    g = (await square(i) for i in range(3))
    print(type(g).__name__, [x async for x in g])

asyncio.run(main())
