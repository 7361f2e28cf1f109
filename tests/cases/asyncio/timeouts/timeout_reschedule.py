# reschedule() moves the deadline of an active timeout.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            print(cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired after reschedule")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.05)
    print("deadline removed", cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
