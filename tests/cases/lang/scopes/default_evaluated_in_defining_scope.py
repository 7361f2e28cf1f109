x = 1


def f(a=x):
    return a


x = 2
print(f(), x)


def outer():
    y = "outer"

    def inner(v=y):
        return v

    y = "changed"
    return inner()


print(outer())
calls = []


def g(a=calls.append("evaluated") or len(calls)):
    return a


print(calls, g(), g())
