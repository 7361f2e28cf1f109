def f():
    for x in y:
    return x
