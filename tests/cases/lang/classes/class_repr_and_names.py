class Outer:
    class Inner:
        pass

    def method(self):
        class Local:
            pass

        return Local


print(Outer.__qualname__, Outer.Inner.__qualname__)
print(Outer().method().__qualname__)
print(repr(Outer))
print(repr(Outer.Inner))
print(str(int), repr(type), repr(object))
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, repr(Outer))
Outer.__qualname__ = "Q.ualified"
print(repr(Outer))
