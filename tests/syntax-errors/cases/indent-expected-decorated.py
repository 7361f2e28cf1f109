@dec
def f():
pass
