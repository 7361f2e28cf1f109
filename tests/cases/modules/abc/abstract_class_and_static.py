from abc import ABC, abstractmethod
class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
class Impl(Base):
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def helper():
        return "helped"
print(Impl.make(), Impl.helper(), Impl().make(), sorted(Base.__abstractmethods__), Impl.__abstractmethods__ == frozenset())
try:
    Base()
except TypeError as e:
    print(e)
class Partial(Base):
    @classmethod
    def make(cls):
        return 1
try:
    Partial()
except TypeError as e:
    print(e)
