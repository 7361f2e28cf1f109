class InterfaceMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)


class Closable(metaclass=InterfaceMeta):
    required = ("close",)


class File:
    def close(self):
        pass


class Number:
    pass


print(isinstance(File(), Closable), isinstance(Number(), Closable))
print(issubclass(File, Closable), issubclass(Number, Closable))
print(isinstance(File(), (int, Closable)))
