# loop.create_future: set_result, set_exception and their errors.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.get_loop() is loop)
    loop.call_soon(f.set_result, [1, 2])
    print(await f, repr(f))
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError)
    print(repr(g.exception()))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    h.cancel()
    print(asyncio.isfuture(f), asyncio.isfuture(main))

asyncio.run(main())
