# One attribute instruction seeing several receiver types (a base-class method run on
# instances of many subclasses): each type's answer stays right while others come and go,
# also past the number of types a site remembers, and after classes change.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def describe(self):
        return f"{self.kind}:{self.v}:{self.tag()}"

    def tag(self):
        return "b"


def make(n):
    return type(f"C{n}", (Base,), {"kind": f"k{n}", "tag": lambda self, n=n: f"t{n}"})


classes = [Base] + [make(n) for n in range(7)]


class Slotted(Base):
    __slots__ = ("w",)


def read(o):
    return o.v, o.kind, o.describe()


def store(o, x):
    o.v = x
    return o.v


objs = [c(i) for i, c in enumerate(classes)]
for rnd in range(3):
    print([read(o) for o in objs])
    print([store(o, rnd * 10 + i) for i, o in enumerate(objs)])

# Change classes the site already knows.
classes[2].kind = "changed"
del classes[3].tag
Base.tag = lambda self: "B"
print([read(o) for o in objs])

# An instance attribute shadowing a class attribute for one receiver only.
objs[4].kind = "own"
print([read(o) for o in objs[:6]])

# __class__ assignment moves a receiver between entries.
objs[5].__class__ = classes[1]
print(read(objs[5]), read(objs[1]))

# A type that could not be cached (its own __getattribute__) and then can.
class Odd(Base):
    def __getattribute__(self, name):
        if name == "v":
            return "odd"
        return object.__getattribute__(self, name)


odd = Odd(1)
print(read(odd), [read(o) for o in objs[:2]])
del Odd.__getattribute__
print(read(odd))

# __setattr__ added later to a type the store site knows.
def loud(self, name, value):
    object.__setattr__(self, name, ("loud", value))


print(store(objs[6], 1))
classes[6].__setattr__ = loud
print(store(objs[6], 2), store(objs[0], 3))

# __slots__ and dict receivers at one store site.
s = Slotted(0)
print([store(o, 7) for o in (s, objs[0], s, objs[1])])
try:
    s.w
except AttributeError as e:
    print("AttributeError", e)
s.w = 5
print(s.w)

# A method load site with a property on one of its types.
class Prop(Base):
    @property
    def kind(self):
        return "prop-" + str(self.v)


p = Prop(9)
print([read(o) for o in (p, objs[0], p, objs[7], p)])
