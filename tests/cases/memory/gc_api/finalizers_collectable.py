# Since PEP 442, cycles with __del__ are collectable: nothing lands in gc.garbage, and
# is_finalized tells whose finalizer ran.
import gc

class Res:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)

gc.collect()
a = Res("a")
b = Res("b")
a.other = b
keep = Res("kept")
print(gc.is_finalized(keep))
del a, b
print("collected", gc.collect())
print(gc.garbage)
print(gc.is_finalized(keep), gc.is_finalized(1), gc.is_finalized([]))
survivor = None

class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        global survivor
        survivor = self
        print("resurrected")

Phoenix()
print("collected", gc.collect())
print(gc.is_finalized(survivor))
survivor.me = None
survivor = None
print("collected", gc.collect())
