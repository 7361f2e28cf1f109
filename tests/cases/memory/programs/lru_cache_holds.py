# functools.lru_cache keeps its arguments and results alive until they are evicted or the
# cache is cleared.
import functools


class Arg:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n

    def __del__(self):
        print("del arg", self.n)


class Result:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del result", self.n)


@functools.lru_cache(maxsize=2)
def compute(arg):
    return Result(arg.n * 10)


r = compute(Arg(1))
print("got", r.n)
del r
print("-- result still cached")
compute(Arg(2))
print("-- second cached")
compute(Arg(3))
print("-- third evicts the first")
print(compute.cache_info())
compute.cache_clear()
print("end")
