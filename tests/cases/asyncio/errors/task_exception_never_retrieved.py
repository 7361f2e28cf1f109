# A task that fails and is never awaited is reported when the loop closes.
import asyncio

async def fails():
    raise ValueError("nobody looked")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print("main done", t.done())

asyncio.run(main())
print("after run")
