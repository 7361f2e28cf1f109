# wait() with ALL_COMPLETED returns (done, pending) sets of the tasks.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)

asyncio.run(main())
