# async for over a class with __aiter__/__anext__, and the errors for bad objects.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class NoAnext:
    def __aiter__(self):
        return 5

async def main():
    async for i in Countdown(3):
        print("got", i)
    else:
        print("loop else")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
