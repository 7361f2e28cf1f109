# TaskGroup waits for all its tasks at the end of the block.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    print("job", n, "done")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in (2, 1, 3)]
        print("created", len(tasks))
    print("after group", [t.result() for t in tasks])

asyncio.run(main())
