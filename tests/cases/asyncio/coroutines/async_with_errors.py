# async with on objects that lack the asynchronous context manager protocol.
import asyncio

class OnlyEnter:
    async def __aenter__(self):
        return self

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

async def main():
    for obj in [OnlyEnter(), SyncOnly(), BadEnter()]:
        try:
            async with obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
