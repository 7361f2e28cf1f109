import collections.abc as cabc
checks = [([], "Sequence"), ((), "Sequence"), ("s", "Sequence"), ({}, "Mapping"), ({}, "MutableMapping"), (set(), "MutableSet"), (frozenset(), "Set"), ([], "MutableSequence"), ((), "MutableSequence"), (iter([]), "Iterator"), ([], "Iterable"), (5, "Hashable"), ([], "Hashable"), (len, "Callable"), ((x for x in []), "Generator"), (range(3), "Sequence"), ({}.keys(), "KeysView"), ({}.items(), "Set"), (b"", "ByteString"), ([], "Reversible"), ({}, "Collection"), (5, "Sized")]
for obj, name in checks:
    print(type(obj).__name__, name, isinstance(obj, getattr(cabc, name)))
class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(MyIter(), cabc.Iterator), issubclass(MyIter, cabc.Iterable), issubclass(list, cabc.Sized))
class Seq(cabc.Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
s = Seq()
print(list(s), s.index(4), s.count(2), 4 in s, list(reversed(s)))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
