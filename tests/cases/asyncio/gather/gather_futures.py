# gather over plain futures resolved by callbacks.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_soon(f2.set_result, "second")
    loop.call_later(0.01, f1.set_result, "first")
    print(await asyncio.gather(f1, f2))
    f3 = loop.create_future()
    loop.call_soon(f3.set_exception, KeyError("missing"))
    print(await asyncio.gather(f3, return_exceptions=True))

asyncio.run(main())
