# An exception in the worker thread is raised at the await.
import asyncio

def fails():
    raise KeyError("from thread")

async def main():
    try:
        await asyncio.to_thread(fails)
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
