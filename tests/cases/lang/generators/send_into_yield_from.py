def echo():
    received = []
    while True:
        value = yield len(received)
        if value == "stop":
            return received
        received.append(value)


def delegator():
    result = yield from echo()
    yield f"echo returned {result}"


g = delegator()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
