# types.coroutine makes a generator awaitable; its yields reach whoever drives the coroutine.
import types

@types.coroutine
def pause(tag):
    got = yield tag
    return f"{tag}->{got}"

async def main():
    a = await pause("first")
    b = await pause("second")
    return [a, b]

c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)
