# Subclasses of array.array: construction, repr, slices and operators returning plain arrays.
import array
import pickle

class Samples(array.array):
    def mean(self):
        return sum(self) / len(self)

s = Samples("d", [1.0, 2.0, 4.5])
print(s, s.mean(), isinstance(s, array.array), type(s).__name__)
print(type(s[:2]).__name__, type(s + s).__name__, type(s * 2).__name__)
s.unit = "ms"
r = pickle.loads(pickle.dumps(s))
print(type(r).__name__, r, r.unit)

class Tagged(array.array):
    def __new__(cls, tag, *args):
        self = super().__new__(cls, *args)
        self.tag = tag
        return self

t = Tagged("x", "b", [1, 2])
print(t, t.tag, t.typecode)
