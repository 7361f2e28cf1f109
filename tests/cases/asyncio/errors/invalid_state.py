# InvalidStateError and its place among the exceptions.
import asyncio

print(asyncio.InvalidStateError.__mro__[1].__name__)
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.IncompleteReadError, EOFError))
e = asyncio.IncompleteReadError(b"ab", 5)
print(e, e.partial, e.expected)
print(asyncio.IncompleteReadError(b"", None))
print(asyncio.LimitOverrunError("too long", 3).consumed)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.cancel()

asyncio.run(main())
