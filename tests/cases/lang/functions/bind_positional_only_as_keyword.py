def f(a, b, /):
    return a, b


def g(a, /, *, b):
    return a, b


for call in (
    lambda: f(a=1, b=2),
    lambda: f(1, b=2),
    lambda: g(a=1, b=2),
    lambda: f(1),
    lambda: f(),
    lambda: g(1),
):
    try:
        call()
    except TypeError as e:
        print(e)
print(f(1, 2), g(1, b=2))
