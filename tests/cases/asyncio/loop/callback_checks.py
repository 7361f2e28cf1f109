# In debug mode callbacks must be plain callables, not coroutines; delays and times must not be None.
import asyncio

async def coro_fn():
    pass

loop = asyncio.new_event_loop()
loop.call_soon(42)
print("not checked without debug")
loop.set_debug(True)
for args in [(coro_fn,), (42,)]:
    try:
        loop.call_soon(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print("TypeError:", e)
c = coro_fn()
try:
    loop.call_soon(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
loop.close()
