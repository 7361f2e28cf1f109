# call_later / call_at run in deadline order; cancelled handles never run.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    loop.call_later(0.3, log.append, "0.3")
    h = loop.call_later(0.2, log.append, "cancelled")
    loop.call_later(0.1, log.append, "0.1")
    loop.call_at(loop.time() + 0.25, log.append, "at 0.25")
    loop.call_later(0.4, done.set_result, None)
    h.cancel()
    print(h.cancelled())
    await done
    print(log)

asyncio.run(main())
