# Errors of several tasks are collected in one ExceptionGroup, in the order they happened.
import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, KeyError("a")))
            tg.create_task(fail(0.1, TypeError("b")))
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError("v")))
            tg.create_task(fail(0, OSError("o")))
    except* ValueError as g:
        print("values", [str(e) for e in g.exceptions])
    except* OSError as g:
        print("oserrors", [str(e) for e in g.exceptions])

asyncio.run(main())
