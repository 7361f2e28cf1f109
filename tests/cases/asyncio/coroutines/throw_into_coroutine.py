# throw() delivers an exception at the await point; the coroutine can handle it and go on.
import types

@types.coroutine
def suspend():
    yield "suspended"

async def worker():
    try:
        await suspend()
    except ValueError as e:
        print("caught", repr(e))
        await suspend()
        return "recovered"
    return "not reached"

c = worker()
print(c.send(None))
print(c.throw(ValueError("bad")))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
