# get_referents lists what tp_traverse visits, in its order.
import gc

class A:
    pass

a = A()
a.x = [1]
a.y = "s"
print(gc.get_referents([1, "two", [3]]))
print(gc.get_referents((1, "two", (3,))))
print(gc.get_referents({"k": [1], "j": 2}))
print(gc.get_referents({1: "one", (2,): "two"}))
r = gc.get_referents(a)
print(r[:-1], r[-1] is A)
print(gc.get_referents(1, "s", None))
print(gc.get_referents([1], [2]))
