def f():
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise ValueError("from else, not caught by the except above")


try:
    f()
except ValueError as e:
    print(e)


def g():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("finally replaces")


try:
    g()
except ValueError as e:
    print(e, "context:", repr(e.__context__))
