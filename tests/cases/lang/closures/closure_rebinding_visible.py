def outer():
    value = "first"
    readers = []
    for _ in range(2):
        readers.append(lambda: value)
    value = "second"
    return readers


print([r() for r in outer()])


def independent():
    cells = []
    for n in range(3):
        def make(n=n):
            return lambda: n

        cells.append(make())
    return [c() for c in cells]


print(independent())
