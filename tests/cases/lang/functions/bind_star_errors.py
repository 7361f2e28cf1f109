def f(*args, **kwargs):
    return args, kwargs


for call in (
    lambda: f(*1),
    lambda: f(*None),
    lambda: f(**1),
    lambda: f(**[1, 2]),
    lambda: f(**{1: "x"}),
    lambda: f(*"ok", **{"k": 1}),
):
    try:
        print(call())
    except TypeError as e:
        print(e)
