class Outer:
    name = "outer"

    class Inner:
        try:
            seen = name
        except NameError as e:
            seen = "NameError: " + str(e)

        def where(self):
            return __class__.__qualname__

    def make(self):
        return self.Inner()


print(Outer.Inner.seen)
print(Outer.Inner.__qualname__)
print(Outer().make().where())
print(Outer.make.__qualname__)


def func():
    class Local:
        def m(self):
            pass

    return Local


print(func().__qualname__, func().m.__qualname__)
