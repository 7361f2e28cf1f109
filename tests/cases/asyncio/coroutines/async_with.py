# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__ and suppressed on True.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

async def main():
    async with Resource("a") as x, Resource("b") as y:
        print("inside", x, y)
    async with Resource("c", suppress=True):
        raise KeyError("k")
    print("after suppressed")
    try:
        async with Resource("d"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)

asyncio.run(main())
