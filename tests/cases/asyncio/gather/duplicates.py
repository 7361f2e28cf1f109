# The same awaitable given twice is run once; its result appears twice.
import asyncio

runs = 0

async def once():
    global runs
    runs += 1
    await asyncio.sleep(0)
    return runs

async def main():
    c = once()
    t = asyncio.ensure_future(once())
    print(await asyncio.gather(c, c, t, t))
    print("runs", runs)

asyncio.run(main())
