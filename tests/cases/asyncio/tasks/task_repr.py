# Task reprs: pending (running at a line), finished with a result or an exception, cancelled.
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def quick():
    return [1, 2, 3]

async def fails():
    raise KeyError("k")

async def main():
    s = asyncio.create_task(sleeper(), name="sleeper")
    q = asyncio.create_task(quick(), name="quick")
    f = asyncio.create_task(fails(), name="fails")
    print(repr(s).split(" coro=")[0])
    await asyncio.sleep(0)
    print(q)
    print(f)
    f.exception()
    s.cancel()
    print(repr(s).split(" coro=")[0])
    try:
        await s
    except asyncio.CancelledError:
        pass
    print(s)

asyncio.run(main())
