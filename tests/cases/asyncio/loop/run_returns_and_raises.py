# asyncio.run returns main's value, or raises its exception to the caller.
import asyncio

async def good():
    return {"ok": True}

async def bad():
    await asyncio.sleep(0)
    raise LookupError("nothing here")

print(asyncio.run(good()))
try:
    asyncio.run(bad())
except LookupError as e:
    print("LookupError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
