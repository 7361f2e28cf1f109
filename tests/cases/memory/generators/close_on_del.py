def counter(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("closing", name)


g = counter("g")
print(next(g), next(g))
del g
print("after del")


def with_cm(name):
    class CM:
        def __enter__(self):
            print("enter", name)

        def __exit__(self, *exc):
            print("exit", name, exc[0].__name__ if exc[0] else None)

    with CM():
        yield 1
        yield 2


h = with_cm("h")
next(h)
h = None
print("end")
