# create_task needs a coroutine and a running loop.
import asyncio

async def coro():
    return 1

try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.ensure_future("text")
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(coro())
    print(await t)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
