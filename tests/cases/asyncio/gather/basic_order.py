# gather returns results in argument order, whatever order the awaitables finish in.
import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value

async def main():
    r = await asyncio.gather(delayed("a", 0.3), delayed("b", 0.1), delayed("c", 0.2))
    print(r)
    print(await asyncio.gather())

asyncio.run(main())
