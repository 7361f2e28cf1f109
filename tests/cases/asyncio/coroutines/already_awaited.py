# A coroutine can be awaited once; awaiting it again is a RuntimeError.
import asyncio

async def value():
    return 7

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
