def f():
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                print("inner finally")
        except KeyError:
            print("not this one")
        finally:
            print("middle finally")
    except ValueError as e:
        print("caught", e)
    finally:
        print("outer finally")


f()


def g():
    try:
        return "value"
    finally:
        try:
            raise RuntimeError("in finally")
        except RuntimeError:
            print("handled inside finally")


print(g())
