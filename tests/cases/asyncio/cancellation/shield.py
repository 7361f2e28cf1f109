# shield: cancelling the waiter does not cancel the shielded task.
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return 42

async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled(), "inner cancelled:", inner.cancelled())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result("x")
    print(asyncio.shield(done) is done)

asyncio.run(main())
