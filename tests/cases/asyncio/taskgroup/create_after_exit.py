# A TaskGroup cannot be used before it is entered, after it is finished, or entered twice.
import asyncio

async def job():
    await asyncio.sleep(0)

async def main():
    tg = asyncio.TaskGroup()
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        tg.create_task(c)
    c2 = job()
    try:
        tg.create_task(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
