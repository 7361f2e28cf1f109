# A cache of expensive objects keyed by name, held weakly: entries vanish when the last user
# drops the object, and a miss rebuilds it.
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name})"

    def __del__(self):
        print("free", self.name)


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()

    def get(self, name):
        img = self._items.get(name)
        if img is None:
            print("miss", name)
            img = Image(name)
            self._items[name] = img
        else:
            print("hit", name)
        return img

    def names(self):
        return sorted(self._items.keys())


cache = Cache()
a = cache.get("a")
b = cache.get("b")
a2 = cache.get("a")
print(a is a2, cache.names(), len(cache._items))
del a
print("a still used by a2", cache.names())
del a2
print("after a2", cache.names())
users = [cache.get("c") for _ in range(3)]
print(len(users), Image.loads)
users.pop()
print("popped", cache.names())
users.clear()
print("cleared", cache.names())
b = None
print("b rebound", cache.names(), len(cache._items))
x = cache.get("b")
print(Image.loads)
print("end")
