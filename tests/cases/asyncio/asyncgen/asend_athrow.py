# asend / athrow / aclose by hand through a task.
import asyncio

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = f"handled {e}"
    finally:
        print("echo closing")

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("oops")))
    print(await g.asend("again"))
    print(await g.aclose())
    try:
        await g.asend("late")
    except StopAsyncIteration:
        print("StopAsyncIteration after close")

asyncio.run(main())
