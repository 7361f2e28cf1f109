# Condition: wait() releases the lock until notify(); notify(n) wakes n waiters in order.
import asyncio

async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, n, items)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
