# Cancelling the gather future cancels every child; awaiting it raises CancelledError.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    kids = [asyncio.create_task(child(i)) for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print([k.cancelled() for k in kids])
    print("second cancel", g.cancel())

asyncio.run(main())
