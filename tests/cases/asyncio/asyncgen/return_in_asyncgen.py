# A bare return ends an async generator; its finally runs at exhaustion.
import asyncio

async def limited(limit):
    try:
        for i in range(100):
            if i == limit:
                return
            yield i
    finally:
        print("finally at", limit)

async def main():
    print([x async for x in limited(3)])
    print([x async for x in limited(0)])

asyncio.run(main())
