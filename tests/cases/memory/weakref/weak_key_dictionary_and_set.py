import weakref


class Key:
    pass


k1 = Key()
k2 = Key()
d = weakref.WeakKeyDictionary()
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], k2 in d)
del k1
print(len(d), sorted(d.values()))
s = weakref.WeakSet()
a = Key()
b = Key()
s.add(a)
s.add(b)
print(len(s), a in s)
del a
print(len(s))
s.discard(b)
print(len(s))
