def zero():
    pass


def one(a):
    pass


def some(a, b=1):
    pass


def kwonly(a, *, k):
    pass


def kwonly_default(a, *, k=1):
    pass


for call in (
    lambda: zero(1),
    lambda: zero(1, 2),
    lambda: one(1, 2),
    lambda: some(1, 2, 3),
    lambda: kwonly(1, 2, k=3),
    lambda: kwonly(1, 2),
    lambda: kwonly_default(1, 2, 3),
    lambda: kwonly_default(1, 2, k=3),
):
    try:
        call()
    except TypeError as e:
        print(e)
