# A common pattern: workers loop until a shutdown event is set.
import asyncio

async def worker(name, stop, counts):
    while not stop.is_set():
        counts[name] = counts.get(name, 0) + 1
        await asyncio.sleep(0.1)
    print(name, "stopping")

async def main():
    stop = asyncio.Event()
    counts = {}
    ts = [asyncio.create_task(worker(n, stop, counts)) for n in ("a", "b")]
    await asyncio.sleep(0.35)
    stop.set()
    await asyncio.gather(*ts)
    print(counts)

asyncio.run(main())
