# as_completed yields awaitables giving results in completion order.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (4, 2, 3, 1)]
    for fut in asyncio.as_completed(tasks):
        print(await fut)

asyncio.run(main())
