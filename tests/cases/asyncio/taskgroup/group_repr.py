# The repr of a TaskGroup tells its state.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(job())
        tg.create_task(job())
        print(repr(tg))
    print(repr(tg))

asyncio.run(main())
