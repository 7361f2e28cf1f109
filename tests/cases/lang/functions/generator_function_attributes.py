def gen(n):
    yield from range(n)


print(type(gen).__name__)
g = gen(3)
print(type(g).__name__)
print(g.__name__, g.__qualname__)
print(gen.__code__.co_flags & 0x20 != 0)
print(list(g))


def not_gen():
    return range(3)


print(not_gen.__code__.co_flags & 0x20 != 0)


def gen_with_dead_yield():
    return 1
    yield


g2 = gen_with_dead_yield()
print(type(g2).__name__)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration", e.value)
