def make_fib():
    cache = {}

    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib, cache


fib, cache = make_fib()
print(fib(80), len(cache))
print(fib.__code__.co_freevars)


def outer():
    def even(n):
        return n == 0 or odd(n - 1)

    def odd(n):
        return n != 0 and even(n - 1)

    return even


print(outer()(10), outer()(7))
