# Tasks run without being awaited, as long as the loop keeps running.
import asyncio

results = []

async def background(n):
    await asyncio.sleep(0)
    results.append(n)

async def main():
    keep = [asyncio.create_task(background(i)) for i in range(5)]
    print("before", results)
    await asyncio.sleep(0.01)
    print("after", results)
    print(all(t.done() for t in keep))

asyncio.run(main())
