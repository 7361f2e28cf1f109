def f():
    return 1
    print("dead")
def g():
    while True:
        pass
def h():
    while False:
        print("never")
    if 0:
        print("never")
    if 1:
        return 2
    return 3
def k(x):
    raise ValueError(x)
    x += 1
def m():
    while 1:
        if x:
            break
    return 4
