# asyncio.timeout turns the expiry into TimeoutError at the end of the block.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, cm.expired())
    print(asyncio.current_task().cancelling())

asyncio.run(main())
