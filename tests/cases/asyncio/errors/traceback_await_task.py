# Awaiting a failed task re-raises its exception: the traceback shows the awaiting coroutine,
# then the task's own frames.
import asyncio
import traceback

async def inner():
    await asyncio.sleep(0)
    raise ValueError("in task")

async def main():
    t = asyncio.create_task(inner())
    try:
        await t
    except ValueError:
        traceback.print_exc()
    try:
        await asyncio.gather(inner())
    except ValueError:
        traceback.print_exc()

asyncio.run(main())
