# An exception raised in an async generator reaches the async for; StopIteration becomes RuntimeError.
import asyncio

async def broken():
    yield 1
    raise KeyError("k")

async def stops():
    yield 1
    raise StopIteration

async def main():
    try:
        async for x in broken():
            print("got", x)
    except KeyError as e:
        print("KeyError", e)
    try:
        async for x in stops():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

asyncio.run(main())
