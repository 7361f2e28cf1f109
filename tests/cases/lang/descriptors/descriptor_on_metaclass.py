class MetaDesc:
    def __get__(self, obj, owner):
        return f"meta descriptor: obj={getattr(obj, '__name__', obj)} owner={owner.__name__}"


class Meta(type):
    attr = MetaDesc()


class C(metaclass=Meta):
    pass


print(C.attr)
try:
    C().attr
except AttributeError as e:
    print(e)


class D(metaclass=Meta):
    attr = "class attribute shadows the non-data meta descriptor"


print(D.attr)
