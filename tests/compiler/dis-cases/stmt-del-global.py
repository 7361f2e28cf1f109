x = 1
del x
def f():
    global g
    g = 1
    del g
def h():
    y = 1
    del y
