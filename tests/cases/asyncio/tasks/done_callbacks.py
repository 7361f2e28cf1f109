# add_done_callback: called with the task, in order, through the loop; removing callbacks.
import asyncio

def report(tag):
    def cb(fut):
        print(tag, fut.result())
    return cb

async def work():
    await asyncio.sleep(0)
    return 5

async def main():
    t = asyncio.create_task(work())
    first = report("first")
    t.add_done_callback(first)
    t.add_done_callback(report("second"))
    t.add_done_callback(first)
    print("removed", t.remove_done_callback(first))
    t.add_done_callback(report("third"))
    await t
    print("awaited")
    await asyncio.sleep(0)
    t.add_done_callback(report("late"))
    print("added late")
    await asyncio.sleep(0)

asyncio.run(main())
