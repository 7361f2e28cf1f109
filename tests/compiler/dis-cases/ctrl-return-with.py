def f(a):
    with x:
        with y:
            return a + 1
def g(a):
    try:
        with x:
            return a()
    finally:
        pass
def h(items):
    for i in items:
        with lock:
            try:
                return i * 2
            finally:
                del i
    else:
        return None
async def k():
    async with a:
        return await b()
