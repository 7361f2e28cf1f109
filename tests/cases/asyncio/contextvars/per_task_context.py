# Every task runs in a copy of the context current when it was created.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    request.set(name)
    await asyncio.sleep(0)
    await sub()
    return request.get()

async def sub():
    await asyncio.sleep(0)
    print("sub sees", request.get())

async def main():
    request.set("main")
    results = await asyncio.gather(handler("a"), handler("b"))
    print(results, request.get())

asyncio.run(main())
