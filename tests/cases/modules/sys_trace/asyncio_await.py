import asyncio
import sys
events = []
def tr(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    # Line events only for this file's coroutines (keeps the traced event loop fast).
    return tr if frame.f_code.co_name in ("a", "main", "work") else None
def work():
    async def a(n):
        await asyncio.sleep(0)
        return n * 2
    async def main():
        return await asyncio.gather(a(1), a(2))
    return asyncio.run(main())
sys.settrace(tr)
try:
    r = work()
finally:
    sys.settrace(None)
print(r, len(events) > 100)
names = sorted({e[1] for e in events if e[0] == "call"})
print([n for n in names if n in ("a", "main", "work")])
print([e for e in events if e[1] == "a"])
