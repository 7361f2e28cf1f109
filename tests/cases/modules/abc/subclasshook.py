from abc import ABC, abstractmethod
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("s", HasLen), isinstance(3, HasLen))
class Base(ABC):
    @abstractmethod
    def f(self):
        return "base impl"
class Impl(Base):
    def f(self):
        return "impl+" + super().f()
print(Impl().f())
import abc
print(abc.get_cache_token() is not None, hasattr(abc, "update_abstractmethods"))
