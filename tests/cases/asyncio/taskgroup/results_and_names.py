# Tasks of a group have names and results like any task.
import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(square(i), name=f"sq{i}") for i in range(5)]
    print([(t.get_name(), t.result()) for t in ts])

asyncio.run(main())
