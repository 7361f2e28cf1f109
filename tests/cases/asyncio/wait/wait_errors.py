# wait() argument checks.
import asyncio

async def job():
    return 1

async def main():
    for args, kwargs in [((set(),), {}), (([asyncio.create_task(job())],), {"return_when": "SOON"})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except ValueError as e:
            print("ValueError:", e)
    c = job()
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
