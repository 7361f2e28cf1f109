from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name}: {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Sq(3).describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
class Iface(metaclass=ABCMeta):
    pass
Iface.register(int)
print(isinstance(5, Iface), issubclass(bool, Iface), issubclass(str, Iface), type(Iface).__name__)
