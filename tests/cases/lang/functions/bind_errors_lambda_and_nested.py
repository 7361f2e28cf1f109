f = lambda a, b: a + b


def outer():
    def inner(x, *, y):
        pass

    return inner


for call in (lambda: f(1), lambda: outer()(1), lambda: outer()(1, 2), lambda: f(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print(e)
print(f(1, 2))
