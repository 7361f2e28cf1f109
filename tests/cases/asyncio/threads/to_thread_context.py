# to_thread runs the function in a copy of the caller's context.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")

def whoami():
    seen = user.get()
    user.set("changed in thread")
    return seen

async def main():
    user.set("alice")
    print(await asyncio.to_thread(whoami))
    print(user.get())

asyncio.run(main())
