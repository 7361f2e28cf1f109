# Cancelling the task that runs a TaskGroup cancels the group's children; CancelledError propagates.
import asyncio

async def child(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", i, "cancelled")
        raise

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
    print("not reached")

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled", t.cancelled())

asyncio.run(main())
