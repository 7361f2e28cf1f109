# A block that finishes in time leaves the timeout unexpired; None means no deadline.
import asyncio

async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm2:
        print(cm2.when(), repr(cm2))
        await asyncio.sleep(0.01)
    print(cm2.expired(), repr(cm2))

asyncio.run(main())
