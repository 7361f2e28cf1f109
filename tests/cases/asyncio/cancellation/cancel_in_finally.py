# Cleanup that awaits during cancellation still runs; a second cancel interrupts it.
import asyncio

async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup start")
        try:
            await asyncio.sleep(1)
            print("cleanup end")
        except asyncio.CancelledError:
            print("cleanup interrupted")
            raise

async def main():
    t = asyncio.create_task(slow_cleanup())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())

asyncio.run(main())
