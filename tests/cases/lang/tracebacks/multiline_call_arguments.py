def f(x):
    return x


value = f(
    f(1)
    + f(None)
)
