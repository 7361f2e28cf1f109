# ensure_future wraps coroutines and awaitables in tasks and returns futures unchanged.
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from awaitable"

async def coro():
    return "from coroutine"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t1 = asyncio.ensure_future(coro())
    t2 = asyncio.ensure_future(Awaitable())
    print(type(t1).__name__, type(t2).__name__)
    print(await t1, await t2)
    f.cancel()

asyncio.run(main())
