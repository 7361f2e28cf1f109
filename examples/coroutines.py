"""Coroutines: one thread, switching only at `await`, cancelled at an `await`.

The study notes contrast coroutines with threads: only one coroutine runs at a time and it
gives control away only at an `await`, so plain data shared between coroutines needs no lock;
and because a coroutine can only be interrupted where it awaits, cancelling one is safe: the
CancelledError arrives at the await it is suspended in, where it can clean up and finish.
"""

import asyncio

shared = {"count": 0}


async def counter(name, steps, log):
    # No lock: between two awaits nothing else runs, so read-modify-write cannot race.
    for _ in range(steps):
        value = shared["count"]
        shared["count"] = value + 1
        await asyncio.sleep(0)
    log.append(f"{name} counted {steps}")


async def downloader(log):
    log.append("downloader: started")
    received = []
    try:
        for chunk in range(100):
            await asyncio.sleep(0.5)  # the only places where a cancellation can arrive
            received.append(chunk)
    except asyncio.CancelledError:
        log.append(f"downloader: cancelled after {len(received)} chunks, cleaning up")
        await asyncio.sleep(0)  # cleanup may await too
        log.append("downloader: temporary files removed")
        raise  # let the task end as cancelled
    finally:
        log.append("downloader: finally")


async def main():
    log = []
    await asyncio.gather(counter("a", 1000, log), counter("b", 1000, log))
    print("shared counter without a lock:", shared["count"])

    task = asyncio.create_task(downloader(log))
    await asyncio.sleep(1.6)  # let three chunks arrive
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("main: the task is cancelled")
    print("\n".join(log))
    print("cancelled:", task.cancelled())


asyncio.run(main())
