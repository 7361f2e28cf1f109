# Barrier: tasks wait until all parties arrive, then all continue; indexes are arrival order.
import asyncio

async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting", barrier.n_waiting)
    idx = await barrier.wait()
    print(name, "passes with index", idx)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.broken)
    await asyncio.gather(party(barrier, "a", 0.1), party(barrier, "b", 0.3), party(barrier, "c", 0.2))
    print("n_waiting after", barrier.n_waiting)

asyncio.run(main())
