import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator), isinstance(5, abc.Hashable), isinstance([], abc.Hashable))
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(None, int | None), issubclass(bool, int | float), isinstance(1.0, (int, (str, (float,)))))
print(isinstance(True, bool), isinstance(1, bool), type(True) is bool, isinstance(int, object), isinstance(object, type))
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
