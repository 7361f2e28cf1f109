# Tasks take turns at each await: sleep(0) yields to the other ready tasks in FIFO order.
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name

async def main():
    tasks = [asyncio.create_task(worker(n, k)) for n, k in [("a", 3), ("b", 1), ("c", 2)]]
    log.append("created")
    for t in tasks:
        print(await t)
    print(" ".join(log))

asyncio.run(main())
