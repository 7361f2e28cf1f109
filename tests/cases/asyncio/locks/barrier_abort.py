# Barrier.abort breaks the barrier: waiters and later callers get BrokenBarrierError.
import asyncio

async def waiter(barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)

async def main():
    barrier = asyncio.Barrier(3)
    t = asyncio.create_task(waiter(barrier))
    await asyncio.sleep(0)
    await barrier.abort()
    await t
    print(barrier.broken)
    await waiter(barrier)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
