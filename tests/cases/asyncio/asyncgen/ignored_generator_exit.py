# An async generator that yields during aclose() is a RuntimeError.
import asyncio

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main():
    g = stubborn()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
