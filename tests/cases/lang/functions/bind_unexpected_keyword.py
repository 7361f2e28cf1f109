def f(a, b=2):
    pass


def g(a, /, b):
    pass


def h(**kw):
    return kw


for call in (
    lambda: f(1, c=3),
    lambda: f(a=1, bb=2),
    lambda: g(a=1, b=2),
    lambda: g(1, 2, a=3),
    lambda: f(1, **{"z": 1}),
):
    try:
        call()
    except TypeError as e:
        print(e)
print(h(a=1))
