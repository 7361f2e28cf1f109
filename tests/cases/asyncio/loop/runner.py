# asyncio.Runner: several coroutines on one loop, closed at the end of the with block.
import asyncio

async def step(n):
    await asyncio.sleep(0)
    return n * 2

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)), runner.run(step(2)))
    print(runner.get_loop() is loop, loop.is_closed())
print(loop.is_closed())
c = step(3)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print("ValueError:", e)
