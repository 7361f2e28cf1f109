# A bounded queue blocks put() while full; full(), qsize() and maxsize report it.
import asyncio

async def slow_consumer(q):
    for _ in range(4):
        await asyncio.sleep(0.1)
        item = await q.get()
        print("got", item, "size", q.qsize())

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    c = asyncio.create_task(slow_consumer(q))
    for i in range(4):
        await q.put(i)
        print("put", i, "full", q.full())
    await c

asyncio.run(main())
