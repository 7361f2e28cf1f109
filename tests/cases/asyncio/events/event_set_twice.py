# set() on a set event does nothing; waiters woken by one set() only.
import asyncio

async def main():
    ev = asyncio.Event()
    woke = []

    async def w(i):
        await ev.wait()
        woke.append(i)

    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    print(woke)

asyncio.run(main())
