# Contexts isolate concurrent tasks that use the same variable.
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)

async def recurse(name, n):
    depth.set(depth.get() + 1)
    await asyncio.sleep(0)
    if n:
        return await recurse(name, n - 1)
    return name, depth.get()

async def main():
    print(await asyncio.gather(recurse("x", 2), recurse("y", 4)))
    print(depth.get())

asyncio.run(main())
