x = "global x"


def outer():
    x = "outer local"

    def inner():
        global x
        x = "set by inner"

    inner()
    return x


print(outer())
print(x)


def reader():
    def inner():
        return x

    x = "enclosing"
    return inner()


print(reader())
