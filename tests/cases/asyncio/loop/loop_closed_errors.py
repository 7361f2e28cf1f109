# A closed loop refuses new work; closing twice is fine.
import asyncio

loop = asyncio.new_event_loop()
loop.close()
loop.close()
for name, call in [
    ("call_soon", lambda: loop.call_soon(print)),
    ("call_later", lambda: loop.call_later(1, print)),
    ("run_forever", loop.run_forever),
]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
