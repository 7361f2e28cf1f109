# A task may catch CancelledError and carry on; then it is not cancelled.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancellation")
    await asyncio.sleep(0)
    return "finished normally"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
