class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


def gen():
    with CM("in generator") as name:
        yield name
        yield name + " again"


g = gen()
print(next(g))
print(next(g))
g.close()
print("---")
for v in gen():
    print(v)
