# call_soon callbacks run in FIFO order on the next pass; callbacks they add wait a pass.
import asyncio

def cb(name, loop, log, again=False):
    log.append(name)
    if again:
        loop.call_soon(cb, name + "'", loop, log)

loop = asyncio.new_event_loop()
log = []
loop.call_soon(cb, "a", loop, log, True)
loop.call_soon(cb, "b", loop, log)
loop.call_soon(cb, "c", loop, log, True)
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
loop.close()
