import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x
ident(1), ident(1.0), ident(1)
print(ident.cache_info(), calls[-2:])
@functools.cache
def c(x):
    return [x]
print(c(1) is c(1), c.cache_info())
try:
    c([1])
except TypeError as e:
    print(e)
