class Meta(type):
    pass


class Virtual:
    @property
    def __bases__(self):
        return (int,)


v = Virtual()
try:
    print(issubclass(v, int), issubclass(v, str))
except TypeError as e:
    print(e)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
print(isinstance(3, Meta), isinstance(Meta, type), issubclass(Meta, type))
