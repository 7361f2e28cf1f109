# __slots__ instances: no __dict__, slots released in declaration order (base class slots after
# the subclass's), cycles through slots collected, weakrefs only with __weakref__.
import gc
import weakref


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Base:
    __slots__ = ("b1", "b2")


class Point(Base):
    __slots__ = ("x", "y")


p = Point()
p.b2 = N("b2")
p.x = N("x")
p.b1 = N("b1")
p.y = N("y")
del p
print("-- point dropped")


class Pair:
    __slots__ = ("left", "right", "__weakref__")

    def __del__(self):
        print("del pair")


gc.disable()
a = Pair()
a.left = N("left")
a.right = a
r = weakref.ref(a, lambda ref: print("pair weakref callback"))
del a
print("-- pair cycle dropped")
print("collected", gc.collect())
try:
    weakref.ref(Point())
except TypeError as e:
    print("TypeError:", e)
print("end")
