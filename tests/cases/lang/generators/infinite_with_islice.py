import itertools


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 3, 10, 2)))
fib = lambda: (yield from ())


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([x for x, _ in zip(fibs(), range(12))])
print(next(x for x in naturals() if x * x > 50))
