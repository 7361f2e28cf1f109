def f(data):
    if any((n := x) > 3 for x in data):
        return n
    return [last := y for y in data], last
z = [(w := i) for i in range(3)]
def g():
    global gg
    return [(gg := i) for i in range(3)]
