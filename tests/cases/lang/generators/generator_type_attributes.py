def gen():
    yield


g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(iter(g) is g, g.gi_yieldfrom)


def delegating():
    yield from gen()


d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__)
print(repr(g).startswith("<generator object gen at "))
