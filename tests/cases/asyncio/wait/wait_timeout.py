# wait() with a timeout does not cancel anything: unfinished tasks come back as pending.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (0.01, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print([t.result() for t in done], len(pending))
    p = pending.pop()
    print(p.done(), p.cancelled())
    print(await p)

asyncio.run(main())
