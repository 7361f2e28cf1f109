values = iter([3, 2, 1, 0, 5])


def read():
    return next(values)


print(list(iter(read, 0)))
print(list(values))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


it = iter(tick, 4)
print(type(it).__name__, list(it))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
