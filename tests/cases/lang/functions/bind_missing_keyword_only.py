def f(*, a):
    pass


def g(x, *, a, b, c=3):
    pass


for call in (lambda: f(), lambda: g(1), lambda: g(1, b=2), lambda: g(1, a=1)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    g()
except TypeError as e:
    print(e)
