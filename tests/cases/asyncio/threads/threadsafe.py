# Another thread hands work to the loop: call_soon_threadsafe and run_coroutine_threadsafe.
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

def from_thread(loop, done, results):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    results.append(fut.result())
    loop.call_soon_threadsafe(done.set_result, "set from thread")

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    results = []
    t = threading.Thread(target=from_thread, args=(loop, done, results))
    t.start()
    print(await done)
    t.join()
    print(results)

asyncio.run(main())
