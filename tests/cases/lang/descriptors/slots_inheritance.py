class Base:
    __slots__ = ("a",)


class WithDict(Base):
    pass


class MoreSlots(Base):
    __slots__ = ("b",)


w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 3
except AttributeError as e:
    print(e)


class DictSlot:
    __slots__ = ("x", "__dict__")


d = DictSlot()
d.x = 1
d.y = 2
print(d.x, d.__dict__)
