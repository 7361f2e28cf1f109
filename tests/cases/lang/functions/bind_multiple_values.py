def f(a, b):
    pass


for call in (
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: f(1, **{"b": 2, "a": 3}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(*[1, 2], a=3),
):
    try:
        call()
    except TypeError as e:
        print(e)
