# An asend() awaitable can be awaited once only.
import asyncio

async def gen():
    yield 1
    yield 2

async def main():
    g = gen()
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = g.athrow(ValueError)
    try:
        await t
    except ValueError:
        print("ValueError came out")
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
