# asyncio.sleep(result=...) returns its result; loop.time() moves forward by at least the delay.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(0.05, result="slept"))
    print(round(loop.time() - t0, 2) >= 0.05)
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, "negative"))

asyncio.run(main())
