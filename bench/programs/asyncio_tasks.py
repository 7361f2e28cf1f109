# LATER (asyncio): 10,000 tasks, each yielding to the event loop ten times with
# asyncio.sleep(0) and doing a little work in between, gathered at the end. Measures task
# creation, the ready queue and coroutine resumption. Size: number of tasks.
import asyncio
import sys
import time

STEPS = 10


async def worker(n, progress):
    total = 0
    for step in range(STEPS):
        total += (n * 31 + step) % 97
        progress[0] += 1
        await asyncio.sleep(0)
    return total


async def run(count):
    progress = [0]
    tasks = [asyncio.create_task(worker(n, progress)) for n in range(count)]
    results = await asyncio.gather(*tasks)
    return sum(results), progress[0], len(results)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    start = time.perf_counter()
    total, steps, finished = asyncio.run(run(count))
    elapsed = time.perf_counter() - start
    print(f"checksum: tasks={finished} steps={steps} total={total}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
