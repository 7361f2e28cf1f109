# sys.getrefcount through attributes stored in different ways: the instance dict, __slots__,
# the class namespace, and a dict reached through vars().
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


v = []
base = sys.getrefcount(v)
p = Plain()
p.a = v
p.b = v
print("two attributes", sys.getrefcount(v) - base)
vars(p)["c"] = v
print("through vars", sys.getrefcount(v) - base)
del p.a
print("one deleted", sys.getrefcount(v) - base)
s = Slotted()
s.a = v
print("slot", sys.getrefcount(v) - base)
Plain.shared = v
print("class attribute", sys.getrefcount(v) - base)
del p, s
del Plain.shared
print("all dropped", sys.getrefcount(v) - base)
