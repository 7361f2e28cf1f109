# Gathers nest: a gather future is itself awaitable and can be gathered.
import asyncio

async def val(v, d=0):
    await asyncio.sleep(d)
    return v

async def main():
    inner1 = asyncio.gather(val(1), val(2))
    inner2 = asyncio.gather(val(3, 0.01), val(4))
    print(await asyncio.gather(inner1, inner2, val(5)))

asyncio.run(main())
