# asyncio.iscoroutine / iscoroutinefunction on functions, methods, partials and objects.
import asyncio
import functools

async def coro_fn():
    pass

def plain():
    pass

class K:
    async def meth(self):
        pass

c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(42))
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(K().meth), asyncio.iscoroutinefunction(K.meth))
print(asyncio.iscoroutinefunction(functools.partial(coro_fn)))
c.close()
