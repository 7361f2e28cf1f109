# Without return_exceptions the first exception propagates; the other children keep running.
import asyncio

async def slow(v):
    await asyncio.sleep(0.2)
    print("slow done", v)
    return v

async def boom():
    await asyncio.sleep(0.1)
    raise RuntimeError("boom")

async def main():
    a = asyncio.create_task(slow(1))
    try:
        await asyncio.gather(a, boom())
    except RuntimeError as e:
        print("caught", e, a.done())
    print(await a)

asyncio.run(main())
