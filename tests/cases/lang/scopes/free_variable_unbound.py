def f():
    def g():
        return x

    try:
        print(g())
    except NameError as e:
        print(type(e).__name__ + ":", e)
    x = 42
    print(g())
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__ + ":", e)


f()
