# Many concurrent coroutines: results stay in order.
import asyncio

async def compute(i):
    for _ in range(i % 3):
        await asyncio.sleep(0)
    return i * i

async def main():
    results = await asyncio.gather(*(compute(i) for i in range(50)))
    print(results[:10], sum(results), len(results))

asyncio.run(main())
