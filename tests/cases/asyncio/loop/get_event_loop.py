# get_event_loop / set_event_loop / get_running_loop outside and inside a running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

async def main():
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)

loop.run_until_complete(main())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
