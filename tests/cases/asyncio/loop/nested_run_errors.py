# A running loop cannot be run again, nor can asyncio.run be called inside it.
import asyncio

async def inner():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    c = inner()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(loop.is_running())

asyncio.run(main())
