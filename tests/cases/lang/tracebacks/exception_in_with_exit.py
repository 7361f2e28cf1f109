class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exiting with", exc_type.__name__ if exc_type else None)
        return False


with Resource():
    print("working")
    [].pop()
