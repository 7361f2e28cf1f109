from typing import Generic, TypeVar, Protocol, runtime_checkable, overload, Iterator
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int], Box(1).item, Box.__parameters__, Box[str].__origin__ is Box, type(Box[int](5)).__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(5, Closable))
class NotRT(Protocol):
    def m(self): ...
try:
    isinstance(F(), NotRT)
except TypeError as e:
    print(e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("a"))
try:
    Box[int, str]
except TypeError as e:
    print(e)
