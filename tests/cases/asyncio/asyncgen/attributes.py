# ag_* attributes and names of async generators, asend and athrow objects.
import asyncio

async def agen():
    await asyncio.sleep(0)
    yield 1

async def main():
    g = agen()
    print(g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_await)
    a = g.asend(None)
    print(type(a).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
    print(await a)
    print(g.ag_frame is not None, g.ag_running)
    await g.aclose()
    print(g.ag_frame)
    g.__name__ = "renamed"
    print(g.__name__)

asyncio.run(main())
