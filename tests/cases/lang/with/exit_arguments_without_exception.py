class Show:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("args:", len(args), args[:2], type(args[2]).__name__)
        return False


with Show():
    pass
try:
    with Show():
        raise KeyError("k")
except KeyError:
    pass


class ExitNotCallable:
    __enter__ = lambda self: self
    __exit__ = 5


try:
    with ExitNotCallable():
        pass
except TypeError as e:
    print(e)
