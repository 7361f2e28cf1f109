# A task cancelled before its first step never runs its body.
import asyncio

async def body():
    print("body ran")

async def main():
    t = asyncio.create_task(body())
    print("cancel:", t.cancel())
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())
    print("cancel again:", t.cancel())

asyncio.run(main())
