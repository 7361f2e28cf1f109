# return_exceptions=True puts exceptions (and CancelledError for cancelled children) in the list.
import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def forever():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(forever())
    g = asyncio.gather(ok(1), boom("x"), t, ok(2), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("stop it")
    for r in await g:
        print(type(r).__name__, r)

asyncio.run(main())
