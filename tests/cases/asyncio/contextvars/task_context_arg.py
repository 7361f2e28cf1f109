# create_task(context=...) runs the task in the given context.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def show():
    print("task sees", var.get())
    var.set("changed by task")

async def main():
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    await asyncio.create_task(show(), context=ctx)
    print("ctx now", ctx[var], "main sees", var.get())
    await asyncio.create_task(show())
    print("main still sees", var.get())

asyncio.run(main())
