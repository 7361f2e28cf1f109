# Context managers: the manager lives until the with block ends and __exit__ returns; a
# suppressed exception and its traceback die at the end of the block.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return Resource(self.name + " resource")

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress

    def __del__(self):
        print("del manager", self.name)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


with Manager("plain") as r:
    print("inside", r.name)
print("-- after plain")
del r
print("-- resource dropped")


def work():
    with Manager("suppressing", suppress=True):
        local = Resource("local in block")
        raise KeyError("x")
    print("after block in work")


work()
print("-- after work")
try:
    with Manager("propagating"):
        raise ValueError("y")
except ValueError:
    print("caught")
print("end")
