# task_done() more often than items were put is a ValueError; join() returns at once when idle.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("joined empty queue")
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
