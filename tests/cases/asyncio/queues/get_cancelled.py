# A get() waiting on an empty queue can be cancelled; the queue keeps working.
import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled")
    q.put_nowait("item")
    print(await asyncio.wait_for(q.get(), 1))

asyncio.run(main())
