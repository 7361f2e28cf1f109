# A task cancelling itself gets CancelledError at its next await.
import asyncio

async def suicidal():
    asyncio.current_task().cancel()
    print("still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at the await")
        raise

async def main():
    t = asyncio.create_task(suicidal())
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)

asyncio.run(main())
