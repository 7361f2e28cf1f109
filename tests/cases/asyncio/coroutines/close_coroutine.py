# close() raises GeneratorExit at the await point: finally blocks run.
import types

@types.coroutine
def suspend():
    yield

async def worker():
    try:
        await suspend()
    finally:
        print("cleanup")

c = worker()
c.send(None)
c.close()
print(c.cr_frame)
c.close()
print("closed twice")

async def stubborn():
    try:
        await suspend()
    except GeneratorExit:
        await suspend()

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
