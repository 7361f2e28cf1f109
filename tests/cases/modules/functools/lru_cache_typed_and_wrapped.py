import functools
@functools.lru_cache(maxsize=3)
def f(x, y=0):
    return x + y
f(1)
f(1, 0)
f(1, y=0)
f(x=1)
print(f.cache_info())
print(f.__wrapped__(5), f.__name__, callable(f.cache_clear))
@functools.lru_cache(maxsize=0)
def g(x):
    return x
g(1)
g(1)
print(g.cache_info())
class K:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
k = K()
print(k.m(2), k.m(2), K.m.cache_info().hits)
