class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("with a value")
        return self.n


for v in It():
    print(v)
else:
    print("for-else runs after StopIteration")


def gen():
    yield from It()
    print("yield from result:")
    r = yield from It()
    yield r


print(list(gen()))
