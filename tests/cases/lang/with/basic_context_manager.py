class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False


with CM("a") as value:
    print("body", value)
with CM("b"):
    print("no target")
try:
    with CM("c") as v:
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)
