# Instances: the object, its slots, a weakref slot, and the inline dict pointers of 3.11.
import sys

class Plain: pass
class Child(Plain): pass
class Slots:
    __slots__ = ("a", "b")
class SlotsDict:
    __slots__ = ("a", "__dict__")
class SlotsWeak:
    __slots__ = ("__weakref__",)
class Empty:
    __slots__ = ()
class MoreSlots(Slots):
    __slots__ = ("c",)
class Open(Slots):
    pass

for cls in (Plain, Child, Slots, SlotsDict, SlotsWeak, Empty, MoreSlots, Open):
    o = cls()
    print(cls.__name__, sys.getsizeof(o), o.__sizeof__() if cls is not Plain else "")
p = Plain()
p.x = 1
p.y = 2
print(sys.getsizeof(p), sys.getsizeof(object()))
