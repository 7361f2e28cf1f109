# A cancelled waiter does not take the lock; the next waiter gets it.
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.1)

async def waiter(lock, name):
    async with lock:
        print(name, "acquired")

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print(w1.cancelled(), w2.done(), lock.locked())

asyncio.run(main())
