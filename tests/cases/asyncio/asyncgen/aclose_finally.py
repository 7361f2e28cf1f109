# aclose() runs the generator's finally block, which may await.
import asyncio

async def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("closed")

async def main():
    g = resource()
    async for x in g:
        print("got", x)
        break
    await g.aclose()
    print("after aclose")
    await g.aclose()
    print("second aclose is a no-op")

asyncio.run(main())
