def memoize(fn):
    cache = {}
    calls = [0]

    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    wrapper.calls = calls
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50))
print(fib.calls[0], len(fib.cache))
print(fib(10), fib.calls[0])
