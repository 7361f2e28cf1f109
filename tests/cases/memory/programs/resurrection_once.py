# An object that resurrects itself in __del__: the finalizer runs only once (PEP 442), so the
# second time it dies nothing is printed; weakrefs to it are cleared before __del__ runs? No: a
# weakref is cleared only when the object is really freed.
import weakref

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "resurrecting")
        graveyard.append(self)


p = Phoenix("bird")
r = weakref.ref(p, lambda ref: print("weakref callback"))
del p
print("graveyard", [x.name for x in graveyard], r() is not None)
p = graveyard.pop()
print("back", p.name)
del p
print("died again, weakref:", r())
print("end")
