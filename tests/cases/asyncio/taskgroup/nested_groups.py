# Nested TaskGroups: an inner failure surfaces as a nested ExceptionGroup.
import asyncio

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner"))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(eg.message)
        sub = eg.exceptions[0]
        print(type(sub).__name__, sub.message, [str(e) for e in sub.exceptions])

asyncio.run(main())
