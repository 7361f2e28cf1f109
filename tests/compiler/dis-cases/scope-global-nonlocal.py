x = 0
def f():
    global x
    x += 1
def g():
    y = 1
    def h():
        nonlocal y
        y = 2
    h()
    return y
def k():
    return undefined_name
