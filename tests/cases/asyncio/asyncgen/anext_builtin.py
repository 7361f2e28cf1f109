# __anext__ and __aiter__ of async generators; StopAsyncIteration at the end.
import asyncio

async def two():
    yield "a"
    yield "b"

async def main():
    g = two()
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

asyncio.run(main())
