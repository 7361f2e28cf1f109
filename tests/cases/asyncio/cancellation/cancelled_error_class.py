# CancelledError is a BaseException: `except Exception` does not catch it.
import asyncio

print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

async def victim():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("not reached")

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached either")
    except asyncio.CancelledError:
        print("CancelledError went past except Exception")

asyncio.run(main())
