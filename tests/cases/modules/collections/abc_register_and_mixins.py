import collections.abc as cabc
class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(list(m.keys()), list(m.values()), list(m.items()), m.get("z", 0), "a" in m, m == {"a": 1, "b": 2}, dict(m))
class MySet(cabc.Set):
    def __init__(self, it):
        self._s = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
s = MySet([3, 1, 2])
print(list(s & MySet([1, 2, 5])), list(s | MySet([9])), list(s - MySet([1])), s <= MySet([1, 2, 3, 4]), s.isdisjoint([7]))
class Registered:
    pass
cabc.Sized.register(Registered)
print(isinstance(Registered(), cabc.Sized), issubclass(Registered, cabc.Iterable))
