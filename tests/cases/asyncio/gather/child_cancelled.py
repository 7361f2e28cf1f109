# A child cancelled on its own makes gather raise CancelledError (without return_exceptions).
import asyncio

async def victim():
    await asyncio.sleep(10)

async def other():
    await asyncio.sleep(0.02)
    return "other"

async def main():
    v = asyncio.create_task(victim())
    o = asyncio.create_task(other())
    g = asyncio.gather(v, o)
    await asyncio.sleep(0)
    v.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(g.done(), g.cancelled())
    print(await o)

asyncio.run(main())
