# wait_for returns the result in time, or cancels the awaitable and raises TimeoutError.
import asyncio

async def job(delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("job", value, "cancelled")
        raise
    return value

async def main():
    print(await asyncio.wait_for(job(0.01, "fast"), timeout=1))
    try:
        await asyncio.wait_for(job(1, "slow"), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e.__cause__))
    print(await asyncio.wait_for(job(0, "no timeout"), timeout=None))

asyncio.run(main())
