def f():
    try:
        1 / 0
    except:
        print("bare except caught it")
        raise


try:
    f()
except ZeroDivisionError as e:
    print("re-raised:", e)


def g():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise


try:
    g()
except Exception as e:
    print(type(e).__name__, e)
