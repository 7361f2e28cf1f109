# An async generator: async for drives it; awaits inside it suspend the consumer's task.
import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker exhausted")

async def main():
    async for x in ticker(3):
        print("tick", x)
    g = ticker(0)
    print(type(g).__name__, g.__name__, g.ag_running, g.ag_frame is not None)

asyncio.run(main())
