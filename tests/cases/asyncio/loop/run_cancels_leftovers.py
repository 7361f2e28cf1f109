# asyncio.run cancels the tasks still pending when main returns, and waits for them.
import asyncio

async def leftover():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("leftover cancelled at shutdown")
        raise
    finally:
        print("leftover finally")

async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")
    return "result"

print(asyncio.run(main()))
