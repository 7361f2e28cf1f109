# Attribute sites whose lookups a later change routes through descriptors and hooks.
class D:
    def __init__(self):
        self.v = "instance"


def read(o):
    return o.v


d = D()
out = [read(d)]


class Prop:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read only")


D.v = Prop()  # a data descriptor wins over the instance dict
out.append(read(d))
del D.v
out.append(read(d))


class NonData:
    def __get__(self, obj, cls):
        return "non-data"


D.v = NonData()  # the instance dict wins
out.append(read(d))
del d.v
out.append(read(d))
del D.v
D.__getattr__ = lambda self, name: "getattr " + name
out.append(read(d))
D.__getattribute__ = lambda self, name: "getattribute " + name
out.append(read(d))
del D.__getattribute__
del D.__getattr__
try:
    read(d)
except AttributeError as e:
    out.append(str(e))
print(out)


# Stores at one site while a data descriptor or __setattr__ appears and goes.
class E:
    pass


def store(o, value):
    o.w = value


e = E()
log = []
store(e, 1)
log.append(e.__dict__.copy())
E.__setattr__ = lambda self, name, value: log.append(("setattr", name, value))
store(e, 2)
del E.__setattr__
store(e, 3)
log.append(e.__dict__.copy())
E.w = property(lambda self: "prop", lambda self, value: log.append(("prop set", value)))
store(e, 4)
del E.w
store(e, 5)
log.append(e.__dict__.copy())
print(log)


# __slots__ members and the dict of a subclass with __dict__.
class S:
    __slots__ = ("a",)


class T(S):
    pass


def seta(o, value):
    o.a = value
    return o.a


print([seta(S(), 1), seta(T(), 2), seta(S(), 3)])
s = S()
try:
    s.a
except AttributeError as e:
    print(e)
t = T()
t.b = "dict"
print(t.b, t.__dict__)


# Metaclass attributes and class-level loads.
class Meta(type):
    kind = "meta"


class WithMeta(metaclass=Meta):
    pass


def kind(c):
    return c.kind


print(kind(WithMeta))
WithMeta.kind = "own"
print(kind(WithMeta))
del WithMeta.kind
print(kind(WithMeta))
