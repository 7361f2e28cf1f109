# put_nowait / get_nowait raise QueueFull / QueueEmpty instead of waiting.
import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    print(issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.QueueEmpty, Exception))

asyncio.run(main())
