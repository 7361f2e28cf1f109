# A producer and two consumers sharing a Queue; join() waits until every item is processed.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    print("producer done")

async def consumer(name, q, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue()
    seen = []
    consumers = [asyncio.create_task(consumer(c, q, seen)) for c in "ab"]
    await producer(q, 6)
    await q.join()
    print(seen)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

asyncio.run(main())
