import _weakref as weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a = K(1)
b = K(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, hash(ra) == hash(a))
h = hash(ra)
del a
print(ra == rb, ra == ra, hash(ra) == h)
del b
rc = weakref.ref(K(2))
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
