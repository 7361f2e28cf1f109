# A Timeout can be entered once, only inside a task.
import asyncio

async def main():
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

async def outside():
    async with asyncio.Timeout(None):
        pass

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
coro = outside()
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
loop.close()
