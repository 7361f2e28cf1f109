# Waiting for an event with a timeout.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print("timed out, set:", ev.is_set())
    asyncio.get_running_loop().call_later(0.05, ev.set)
    print(await asyncio.wait_for(ev.wait(), 1))

asyncio.run(main())
