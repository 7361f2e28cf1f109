# A leftover task that raises while being cancelled at shutdown is reported by the handler.
import asyncio

async def leftover():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise RuntimeError("failed while cancelling")

def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(leftover())
    await asyncio.sleep(0)

asyncio.run(main())
print("done")
