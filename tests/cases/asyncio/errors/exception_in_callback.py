# The default exception handler logs the message, the other context keys and the exception.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd", "exception": ValueError("x"), "extra": 42})
    loop.call_exception_handler({"zeta": [1, 2], "alpha": "first"})
    await asyncio.sleep(0)
    print("loop still running")

asyncio.run(main())
