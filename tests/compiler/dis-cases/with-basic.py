with open("f") as f:
    f.read()
with a, b as c:
    pass
with a as (x, y):
    pass
def g():
    with lock:
        return 1
def h():
    for i in x:
        with lock:
            continue
