# A task that swallows the cancellation from wait_for: its result is returned instead.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring cancel")
        await asyncio.sleep(0.01)
        return "finished anyway"

async def main():
    r = await asyncio.wait_for(stubborn(), 0.05)
    print("got", r)

asyncio.run(main())
