class Meta(type):
    def __instancecheck__(cls, instance):
        print("__instancecheck__", type(instance).__name__)
        return isinstance(instance, int) and instance > 0

    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return sub is bool


class Positive(metaclass=Meta):
    pass


print(isinstance(5, Positive), isinstance(-1, Positive), isinstance("x", Positive))
print(isinstance(Positive(), Positive))
print(issubclass(bool, Positive), issubclass(int, Positive))
print(isinstance(3, (str, Positive)))
