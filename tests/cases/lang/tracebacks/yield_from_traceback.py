def inner():
    yield 1
    raise ValueError("inner generator failed")


def outer():
    yield from inner()


for value in outer():
    print("got", value)
