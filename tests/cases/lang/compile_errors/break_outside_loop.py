print("never printed")
for i in range(3):
    pass


def f():
    while True:
        break
    if True:
        break
