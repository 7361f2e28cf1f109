# BoundedSemaphore refuses to be released above its initial value.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore value can grow:", plain.locked())
    await plain.acquire()
    await plain.acquire()
    print(plain.locked())

asyncio.run(main())
