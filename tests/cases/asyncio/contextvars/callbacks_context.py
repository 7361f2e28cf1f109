# call_soon(context=...) and done callbacks run in the context they were given or captured in.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="-")

def report(tag):
    print(tag, var.get())

async def main():
    loop = asyncio.get_running_loop()
    var.set("at schedule time")
    loop.call_soon(report, "call_soon:")
    var.set("later")
    ctx = contextvars.Context()
    loop.call_soon(report, "empty context:", context=ctx)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: report("done callback:"))
    var.set("changed again")
    fut.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
