# SystemExit raised in a task stops the loop and propagates out of asyncio.run.
import asyncio

async def quitter():
    await asyncio.sleep(0)
    raise SystemExit(4)

async def main():
    await asyncio.create_task(quitter())
    print("not reached")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code)
