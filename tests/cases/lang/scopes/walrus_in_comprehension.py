def f(values):
    if any((hit := v) > 10 for v in values):
        return "first big: %d" % hit
    return "none big, last seen %s" % (hit if values else None)


print(f([1, 20, 30]))
print(f([1, 2]))
data = [y for x in range(6) if (y := x * x) % 2 == 0]
print(data, y)


def g():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total


print(g())
