# cr_await shows what a suspended coroutine is waiting on, down the chain.
class Leaf:
    def __await__(self):
        yield "leaf"

def leaf():
    return Leaf()

async def middle():
    await leaf()

async def outer():
    await middle()

c = outer()
print(c.cr_await)
c.send(None)
m = c.cr_await
print(type(m).__name__, m.__qualname__)
print(type(m.cr_await).__name__)
print(c.cr_suspended if hasattr(c, "cr_suspended") else "n/a")
c.close()
