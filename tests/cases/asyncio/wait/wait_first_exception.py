# FIRST_EXCEPTION returns at the first failure (or when all are done if none fails).
import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n

async def bad():
    await asyncio.sleep(0.15)
    raise ValueError("bad")

async def main():
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(bad()), asyncio.create_task(ok(3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        print(t.done(), None if not t.done() else repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(ok(1))], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

asyncio.run(main())
