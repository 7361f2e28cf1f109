# A coroutine driven by hand: send(None) runs it to the end, StopIteration carries the value.
async def double(x):
    return x * 2

c = double(21)
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
