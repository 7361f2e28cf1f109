# current_task() inside tasks; all_tasks() holds the tasks that are not done.
import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, me.get_name())
    await asyncio.sleep(0.1 * n)

async def main():
    tasks = [asyncio.create_task(child(i), name=f"c{i}") for i in range(1, 4)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    try:
        asyncio.current_task(None) is None
    except RuntimeError as e:
        print(e)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
