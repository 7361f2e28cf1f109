print("never printed")


async def agen():
    yield 1
    return 2
