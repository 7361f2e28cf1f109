# Async generators chained into a pipeline.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def squares(source):
    async for x in source:
        yield x * x

async def main():
    print([x async for x in squares(evens(numbers(10)))])

asyncio.run(main())
