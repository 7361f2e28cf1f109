# wait_for with timeout <= 0: an already finished future gives its result, anything else times out.
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "late"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(job(), 0)
    except TimeoutError:
        print("timed out at once")
    try:
        await asyncio.wait_for(job(), -1)
    except TimeoutError:
        print("negative timeout too")

asyncio.run(main())
