# A custom exception handler receives the context of an error in a callback.
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], repr(context["exception"]))

def failing():
    raise ZeroDivisionError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(failing)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report", "exception": KeyError("x")})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
