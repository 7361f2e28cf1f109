# Semaphore(2): at most two tasks inside at once.
import asyncio

inside = 0
peak = 0

async def limited(sem, i):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        await asyncio.sleep(0.1)
        inside -= 1
        return i

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(limited(sem, i) for i in range(5))))
    print("peak", peak, "locked", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
