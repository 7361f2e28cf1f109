# asyncio.to_thread runs a blocking function in a worker thread while other tasks go on.
import asyncio
import threading
import time

def blocking(x):
    time.sleep(0.2)
    return x * 2, threading.current_thread() is not threading.main_thread()

async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.05)

async def main():
    log = []
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker(log))
    print(result, log)

asyncio.run(main())
