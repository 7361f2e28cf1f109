def leaf(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def middle():
    a = yield from leaf(2)
    b = yield from leaf(3)
    return a + b


def top():
    result = yield from middle()
    yield f"middle returned {result}"


g = top()
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration:
    pass
print(out)
