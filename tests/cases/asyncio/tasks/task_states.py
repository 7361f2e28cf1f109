# done(), result(), exception() and cancelled() through a task's life.
import asyncio

async def ok():
    await asyncio.sleep(0)
    return "fine"

async def bad():
    await asyncio.sleep(0)
    raise ValueError("broken")

async def main():
    t = asyncio.create_task(ok())
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print(t.done(), t.result(), t.exception())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except ValueError as e:
        print("result raised", e)

asyncio.run(main())
