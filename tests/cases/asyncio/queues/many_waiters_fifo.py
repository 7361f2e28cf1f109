# Getters waiting on a queue are served in the order they started waiting.
import asyncio

async def getter(q, name, out):
    out.append((name, await q.get()))

async def main():
    q = asyncio.Queue()
    out = []
    tasks = [asyncio.create_task(getter(q, n, out)) for n in "xyz"]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*tasks)
    print(out)

asyncio.run(main())
