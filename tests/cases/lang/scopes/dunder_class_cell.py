class Base:
    def kind(self):
        return __class__

    def nested(self):
        def inner():
            return __class__.__name__

        return inner()


class Derived(Base):
    pass


d = Derived()
print(d.kind().__name__, type(d).__name__)
print(d.nested())
print(Base.kind.__code__.co_freevars)
print(Base.__dict__.get("__classcell__"))


class Plain:
    def m(self):
        return 1


print(Plain.m.__code__.co_freevars)
