def f():
    x = "set"

    def remove():
        nonlocal x
        del x

    def read():
        return x

    print(read())
    remove()
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    x = "reset"
    return read()


print(f())
