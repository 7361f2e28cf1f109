import sys
def show():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None, tb is not None)
print(show())
try:
    raise KeyError("k")
except KeyError:
    print(show(), sys.exception().__class__.__name__)
    try:
        raise ValueError("inner")
    except ValueError:
        print(show())
    print(show())
print(show(), sys.exception())
