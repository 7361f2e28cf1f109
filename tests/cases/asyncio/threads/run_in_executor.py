# run_in_executor with the default executor and with an explicit ThreadPoolExecutor.
import asyncio
import concurrent.futures

def work(n):
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(*(loop.run_in_executor(None, work, n) for n in (10, 100, 1000))))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, work, 5))

asyncio.run(main())
