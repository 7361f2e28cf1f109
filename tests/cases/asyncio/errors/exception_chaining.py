# Exceptions raised while handling others keep their __context__ across awaits.
import asyncio

async def cleanup():
    await asyncio.sleep(0)
    raise OSError("cleanup failed")

async def work():
    try:
        raise ValueError("work failed")
    except ValueError:
        await cleanup()

async def main():
    try:
        await work()
    except OSError as e:
        print(repr(e), repr(e.__context__))
    try:
        try:
            await work()
        except OSError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__cause__.__context__))

asyncio.run(main())
