# stop() ends run_forever after the current pass; the loop can run again afterwards.
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    if count == 3:
        loop.stop()
    loop.call_soon(tick)

loop.call_soon(tick)
loop.run_forever()
print("stopped at", count)
loop.call_soon(loop.stop)
loop.run_forever()
print("ran again to", count)
loop.close()
