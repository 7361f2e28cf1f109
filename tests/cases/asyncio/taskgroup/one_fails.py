# One failing task cancels its siblings; the error comes out in an ExceptionGroup.
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail())
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
    print("main continues", asyncio.current_task().cancelling())

asyncio.run(main())
