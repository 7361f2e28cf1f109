# str() of queues shows maxsize, items and waiting getters/putters.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    e = asyncio.Queue()
    waiters = [asyncio.create_task(e.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(e))
    for w in waiters:
        w.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    print(str(e))

asyncio.run(main())
