# WeakValueDictionary entries disappear when the values die.
import weakref

class N:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a = N("a")
b = N("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()))
del a
print(sorted(cache.keys()))
b = None
print(sorted(cache.keys()), len(cache))
