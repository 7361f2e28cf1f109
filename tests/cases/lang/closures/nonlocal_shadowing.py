def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    m = middle()
    return x, m


print(outer())


def two_nonlocals():
    a = b = 0

    def step():
        nonlocal a, b
        a, b = b + 1, a + 2

    for _ in range(3):
        step()
    return a, b


print(two_nonlocals())
