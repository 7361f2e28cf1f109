# What cannot be awaited, with CPython's messages.
class NoIter:
    def __await__(self):
        return 42

class ReturnsCoro:
    def __init__(self):
        self.inner = helper()
    def __await__(self):
        return self.inner

async def helper():
    return 1

async def try_await(obj):
    try:
        await obj
    except TypeError as e:
        print("TypeError:", e)

for obj in [5, "text", NoIter(), None]:
    c = try_await(obj)
    try:
        c.send(None)
    except StopIteration:
        pass

r = ReturnsCoro()
c = try_await(r)
try:
    c.send(None)
except StopIteration:
    pass
r.inner.close()
