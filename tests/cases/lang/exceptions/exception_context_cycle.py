try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__))
    ctx = e.__context__
    print(repr(ctx.__context__))


def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__context__
    return n


try:
    try:
        try:
            raise TypeError(1)
        except TypeError:
            raise ValueError(2)
    except ValueError:
        raise KeyError(3)
except KeyError as e:
    print(chain_depth(e))
