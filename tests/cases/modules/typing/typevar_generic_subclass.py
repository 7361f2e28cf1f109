from typing import TypeVar, Generic, Iterator
K = TypeVar("K")
V = TypeVar("V")
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
    def __iter__(self) -> Iterator:
        yield self.k
        yield self.v
class IntPair(Pair[int, int]):
    pass
print(Pair[str, int], Pair.__parameters__, IntPair.__orig_bases__, list(IntPair(1, 2)), IntPair.__mro__[1].__name__)
print(K.__name__, K.__constraints__, K.__bound__, TypeVar("B", bound=str).__bound__, K.__covariant__)
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
