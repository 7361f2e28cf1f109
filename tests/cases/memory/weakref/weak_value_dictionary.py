import weakref


class Obj:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), len(cache), "a" in cache)
print(cache.get("a", "missing"), cache["b"].name)
b = None
print(len(cache), list(cache.items()))
