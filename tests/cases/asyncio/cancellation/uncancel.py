# cancelling() counts pending cancel requests; uncancel() takes one back.
import asyncio

async def counted():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
    await asyncio.sleep(0)
    return "done"

async def main():
    t = asyncio.create_task(counted())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(await t, t.cancelling())

asyncio.run(main())
