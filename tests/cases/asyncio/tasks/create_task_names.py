# Task names: Task-N by default (a global counter), or the name given; set_name changes it.
import asyncio

async def job():
    await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(job())
    b = asyncio.create_task(job(), name="custom")
    c = asyncio.get_running_loop().create_task(job(), name=42)
    print(a.get_name(), b.get_name(), c.get_name(), type(c.get_name()).__name__)
    a.set_name("renamed")
    print(a.get_name())
    await asyncio.gather(a, b, c)
    print(asyncio.current_task().get_name())

asyncio.run(main())
