# timeout_at takes an absolute loop time; a deadline in the past expires at the first await.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("entered")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0.01)
    print("in time")

asyncio.run(main())
