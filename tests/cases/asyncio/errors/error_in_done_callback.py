# An exception in a done callback goes to the exception handler, not to the awaiting task.
import asyncio

def bad_callback(fut):
    raise ValueError("callback exploded")

def handler(loop, context):
    print("handler got", repr(context["exception"]), context["message"].startswith("Exception in callback"))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(bad_callback)
    f.set_result("value")
    print(await f)
    await asyncio.sleep(0)

asyncio.run(main())
