g = "module"


def set_global():
    global g, new_global
    g = "changed"
    new_global = "created"


set_global()
print(g, new_global)


def outer():
    a = 1
    b = 2

    def inner():
        nonlocal a, b
        a, b = b, a

    inner()
    return a, b


print(outer())
