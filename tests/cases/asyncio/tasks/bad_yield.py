# A coroutine that yields something the task does not understand gets a RuntimeError back.
import asyncio
import types

@types.coroutine
def weird():
    yield 42

async def job():
    try:
        await weird()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "ok"

async def main():
    print(await asyncio.create_task(job()))

asyncio.run(main())
