def make_gen(limit):
    seen = []

    def gen():
        for i in range(limit):
            seen.append(i)
            yield i * i

    return gen, seen


gen, seen = make_gen(4)
g = gen()
print(next(g), seen)
print(list(g), seen)


def outer():
    x = 0

    def bump():
        nonlocal x
        x += 1
        yield x
        x += 10
        yield x

    return bump, lambda: x


bump, read = outer()
b = bump()
print(next(b), read(), next(b), read())
