value = "module"


class C:
    global value
    value = "set from class body"
    other = "class attribute"


print(value)
print(hasattr(C, "value"), C.other)


def f():
    class D:
        global made_in_class
        made_in_class = 1

    return D


f()
print(made_in_class)
