class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("__exit__ failed while handling " + exc_type.__name__)


with Guard():
    {}["key"]
