import functools
class P(functools.partial):
    pass
p = P(max, 1)
print(repr(p), p(5), type(functools.partial(p, 2)).__name__, functools.partial(functools.partial(max, 1), 2).args)
def f(a, b=2, *, c=3):
    return a, b, c
q = functools.partial(f, c=30)
print(q(1), q(1, c=300), q.keywords, callable(q), functools.partial(f, 1, 2)())
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)
class Temp:
    def __init__(self, c):
        self.c = c
    @functools.cached_property
    def f(self):
        print("computing")
        return self.c * 9 / 5 + 32
t = Temp(100)
print(t.f, t.f, Temp.f.__class__.__name__)
@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __eq__(self, o):
        return self.v == o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4), sorted(x.v for x in [G(3), G(1), G(2)]))
print(functools.reduce(lambda a, b: a + b, range(10), 100), functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
