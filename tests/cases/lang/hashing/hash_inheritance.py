class Base:
    def __eq__(self, o):
        return True

    def __hash__(self):
        return 7


class Child(Base):
    def __eq__(self, o):
        return False


class Keeps(Base):
    def __eq__(self, o):
        return False

    __hash__ = Base.__hash__


print(hash(Base()))
print(Child.__hash__)
try:
    hash(Child())
except TypeError as e:
    print(e)
print(hash(Keeps()))


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print(e)
print(isinstance(Unhashable(), object))
