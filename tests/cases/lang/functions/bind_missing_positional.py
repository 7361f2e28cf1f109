def one(a):
    pass


def two(a, b):
    pass


def three(a, b, c):
    pass


def four(a, b, c, d=1):
    pass


for call in (lambda: one(), lambda: two(), lambda: two(1), lambda: three(), lambda: three(c=1), lambda: four(1)):
    try:
        call()
    except TypeError as e:
        print(e)
