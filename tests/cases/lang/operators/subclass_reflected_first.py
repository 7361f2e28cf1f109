class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


class Same(Base):
    pass


print(Base() + Derived())
print(Derived() + Base())
print(Base() + Same())


class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"

    def __rsub__(self, other):
        return NotImplemented


print(1 + MyInt(2))
print(5 - MyInt(2))
