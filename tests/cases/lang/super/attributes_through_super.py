# Attributes read through super(): functions, built-in methods and slot wrappers bound to the
# instance, class-level super, values, descriptors of other kinds, missing names.
class Base:
    x = 10
    def f(self):
        return ("Base.f", type(self).__name__)
    @classmethod
    def c(cls):
        return ("Base.c", cls.__name__)
    @staticmethod
    def s():
        return "Base.s"
    @property
    def p(self):
        return "Base.p"

class Child(Base):
    x = 20
    def f(self):
        return ("Child.f", super().f(), super().x)
    @classmethod
    def c(cls):
        return ("Child.c", super().c(), super().x, super().f.__qualname__)
    def all(self):
        sup = super()
        out = [sup.f(), sup.c(), sup.s(), sup.p, sup.x, sup.__class__.__name__, sup.__thisclass__.__name__]
        out.append(type(sup.f).__name__)
        out.append(type(sup.__init__).__name__)
        out.append(type(sup.__repr__).__name__)
        out.append(sup.__repr__() == object.__repr__(self))
        try:
            sup.missing
        except AttributeError as e:
            out.append(str(e))
        out.append(getattr(sup, "missing", "dflt"))
        out.append(hasattr(sup, "f"))
        return out

class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return "E:" + super().__str__()

class L(list):
    def append(self, v):
        super().append(v * 2)
    def __len__(self):
        return super().__len__() + 100

c = Child()
print(c.f())
print(Child.c())
print(c.all())
e = E("msg", 2)
print(e.args, e.b, str(e), repr(e))
l = L()
l.append(3)
l.append(4)
print(list(l), len(l))
print(super(Child, c).f(), super(Child, Child).f.__qualname__, type(super(Base, c).__init__).__name__, super(Base, c).__init__.__self__ is c)
try:
    super(Child, 5)
except TypeError as err:
    print(err)
class Meta(type):
    def __call__(cls, *a):
        return ("Meta", super().__call__(*a))
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(1)[0], M(1)[1].v)
for i in range(3):
    print(Child().f())
