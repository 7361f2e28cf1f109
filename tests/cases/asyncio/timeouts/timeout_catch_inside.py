# Catching the CancelledError inside the block defeats the timeout: no TimeoutError.
import asyncio

async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
    print("after block", cm.expired())

asyncio.run(main())
