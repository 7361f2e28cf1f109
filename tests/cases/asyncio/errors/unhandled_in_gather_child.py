# A child that fails after gather already failed is not reported (gather retrieves it).
import asyncio

async def fail(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(fail(0.1, "first"), fail(0.2, "second"))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.3)
    print("no report for the second failure")

asyncio.run(main())
