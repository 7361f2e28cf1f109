# Nested timeouts: the inner one that fires raises TimeoutError inside the outer one.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired", outer.expired())

asyncio.run(main())
