# Two __anext__() awaited at once on the same generator: the second is a RuntimeError.
import asyncio

async def slow():
    await asyncio.sleep(0.1)
    yield "value"

async def main():
    g = slow()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    await g.aclose()

asyncio.run(main())
