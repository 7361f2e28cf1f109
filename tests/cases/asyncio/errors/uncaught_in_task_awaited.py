# An exception escaping a task is re-raised where the task is awaited, with the task's frames.
import asyncio
import traceback

async def inner():
    await asyncio.sleep(0)
    return 1 / 0

async def main():
    t = asyncio.create_task(inner())
    try:
        await t
    except ZeroDivisionError as e:
        print("caught", e)
        frames = traceback.extract_tb(e.__traceback__)
        print([f.name for f in frames if f.filename == __file__])

asyncio.run(main())
