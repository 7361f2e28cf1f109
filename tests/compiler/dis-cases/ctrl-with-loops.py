def f(items):
    for item in items:
        with a(item) as b, c as d:
            if b:
                break
            if d:
                continue
            return b
    with x:
        with y:
            return 1
async def g(items):
    async for i in items:
        async with i as j:
            if j:
                break
            return j
