# A KeyboardInterrupt-like base error in a child is re-raised as itself, not grouped.
import asyncio

class Stop(SystemExit):
    pass

async def quitter():
    await asyncio.sleep(0)
    raise Stop(3)

async def other():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("other cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(other())
    except Stop as e:
        print("Stop raised directly", e.code)

try:
    asyncio.run(main())
except SystemExit as e:
    print("escaped", e)
