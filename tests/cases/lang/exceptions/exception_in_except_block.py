def f():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("while handling")


try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)


def g():
    try:
        raise ValueError("a")
    finally:
        print("finally runs before the new exception escapes")


try:
    g()
except ValueError as e:
    print("got", e)
