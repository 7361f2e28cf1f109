def counter(start=0, step=1):
    value = start - step

    def next_value():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        value = start - step

    next_value.reset = reset
    return next_value


c = counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
d = counter()
print(d(), d(), c())
