# Debug mode: handle reprs say where the handle was created (the slow-callback log itself
# prints a wall-clock duration, so it is not shown here).
import asyncio

def slow():
    pass

def quick():
    pass

loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.slow_callback_duration)
h = loop.call_soon(slow)
t = loop.call_later(10, quick)
print(repr(h).replace(__file__, "FILE"))
print(repr(t).split(" when=")[0], repr(t).split(" ", 2)[2].replace(__file__, "FILE"))
loop.call_soon(quick)
t.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
