# as_completed with a timeout: the remaining awaitables raise TimeoutError.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (0.01, 1.0, 2.0)]
    for fut in asyncio.as_completed(tasks, timeout=0.1):
        try:
            print("result", await fut)
        except TimeoutError as e:
            print("timeout", type(e).__name__, e.args)
    for t in tasks:
        t.cancel()

asyncio.run(main())
