# Attributes read from a class itself at one site (the class is the receiver): plain values,
# functions, staticmethods, classmethods, built-in method descriptors and __name__, with the
# class, a base, a metaclass and the value's own type changed between reads.


class Base:
    size = 1
    items = (1, 2)

    def method(self):
        return "Base.method"

    @staticmethod
    def clamp(v):
        return max(0, min(v, 10))

    @classmethod
    def kind(cls):
        return cls.__name__


class Child(Base):
    pass


def read(cls, name):
    return getattr(cls, name)


def sites(cls):
    out = []
    out.append(cls.size)
    out.append(cls.items)
    out.append(cls.method.__name__)
    out.append(cls.clamp(42))
    out.append(cls.kind())
    out.append(cls.__name__)
    out.append(cls.kind)
    return out


for cls in (Base, Child, Base, Child):
    print(sites(cls))

# Reassigned on the class and on a base: every read sees it.
Base.size = 2
print(sites(Child)[0], sites(Base)[0])
Child.size = 3
print(sites(Child)[0], sites(Base)[0])
del Child.size
print(sites(Child)[0])

# A staticmethod replaced by a classmethod and the reverse, then a plain function.
Base.clamp = classmethod(lambda cls, v: (cls.__name__, v))
print(sites(Child)[3])
Base.clamp = staticmethod(lambda v: -v)
print(sites(Child)[3])
Base.clamp = lambda v: v * 100
print(sites(Child)[3])

# The staticmethod object re-initialised in place.
sm = staticmethod(lambda v: "first")
Base.clamp = sm
print(sites(Base)[3])
sm.__init__(lambda v: "second")
print(sites(Base)[3])

# __name__ assigned.
Child.__name__ = "Renamed"
print(sites(Child)[5], sites(Child)[4])
Child.__name__ = "Child"


# A value whose class later gains __get__ (the class attribute becomes a descriptor).
class Value:
    pass


v = Value()
Base.size = v
print(sites(Child)[0] is v)
Value.__get__ = lambda self, obj, cls: ("got", obj, cls.__name__)
print(sites(Child)[0])
Base.size = 5


# A metaclass: its data descriptor wins over the class attribute; its other names follow it.
class Meta(type):
    @property
    def size(cls):
        return "Meta.size"

    def extra(cls):
        return "Meta.extra"


class WithMeta(metaclass=Meta):
    size = "class size"
    extra = "class extra"


for cls in (Base, WithMeta, Child, WithMeta):
    print(cls.size, cls.__name__)
print(WithMeta.extra)
del WithMeta.extra
print(WithMeta.extra())


# Instances and the class at the same site.
def either(x):
    return x.size


c = Child()
print(either(Child), either(c), either(Child), either(c))
c.size = "own"
print(either(Child), either(c))

# Built-in method descriptors and a dict's classmethod from a subclass.
class D(dict):
    pass


def fk(cls):
    return cls.fromkeys("ab"), cls.keys


print(fk(D), fk(dict))
print(type(fk(D)[0]).__name__)

# Missing attributes still raise.
for cls in (Base, Child):
    try:
        cls.missing
    except AttributeError as e:
        print("AttributeError", e)
