# Future reprs list their callbacks (up to two, then a count).
import asyncio

def first(f):
    pass

def second(f):
    pass

def third(f):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(first)
    print(repr(f).replace(__file__, "FILE"))
    f.add_done_callback(second)
    print(repr(f).replace(__file__, "FILE"))
    f.add_done_callback(third)
    f.add_done_callback(first)
    print(repr(f).replace(__file__, "FILE"))
    f.set_result(None)
    print(repr(f))
    await asyncio.sleep(0)

asyncio.run(main())
