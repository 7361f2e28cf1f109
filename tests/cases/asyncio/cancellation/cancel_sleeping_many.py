# Cancelling several sleeping tasks: each sees CancelledError, in cancellation order.
import asyncio

async def sleeper(i):
    try:
        await asyncio.sleep(100 + i)
    except asyncio.CancelledError:
        print("cancelled", i)
        raise

async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    for t in reversed(tasks):
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
