# Lock: mutual exclusion between tasks, waiters served first in, first out.
import asyncio

async def worker(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(n, lock, log) for n in "abc"))
    print(log)
    print(lock.locked())

asyncio.run(main())
