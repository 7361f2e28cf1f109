# A traceback through a chain of awaited coroutines shows every coroutine frame.
import asyncio
import traceback

async def level3():
    raise KeyError("deep")

async def level2():
    await level3()

async def level1():
    await level2()

async def main():
    try:
        await level1()
    except KeyError:
        traceback.print_exc()

asyncio.run(main())
