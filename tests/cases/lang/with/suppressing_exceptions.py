class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return None


with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after first")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)


class TruthyExit:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string"


with TruthyExit():
    raise RuntimeError("swallowed")
print("truthy return value suppresses too")
