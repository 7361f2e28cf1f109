class Fake:
    @property
    def __class__(self):
        return int


f = Fake()
print(type(f).__name__, f.__class__.__name__)
print(isinstance(f, int), isinstance(f, Fake))


class Sneaky:
    __class__ = str


print(isinstance(Sneaky(), str), type(Sneaky()).__name__)
print(issubclass(Sneaky, str))
