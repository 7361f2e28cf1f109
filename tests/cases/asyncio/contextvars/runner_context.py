# Runner.run shares one context between its calls unless a context is given.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default=0)

async def bump():
    var.set(var.get() + 1)
    return var.get()

with asyncio.Runner() as runner:
    print(runner.run(bump()), runner.run(bump()))
    print(runner.run(bump(), context=contextvars.Context()))
print(var.get())
