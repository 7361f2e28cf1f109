"""Reference cycles: reference counting cannot free them; the cycle collector does.

The study notes count references as they are made:

    a = 5              # ref a = 1
    b = {'key': a}     # ref a = 2

and show the case reference counting alone cannot handle:

    a = TmpClass()     # ref a = 1
    a.key = a          # ref a = 2
    del a              # ref a = 1: the reference held by a.key never goes away

Here the same steps, with sys.getrefcount (which counts its own argument too), a __del__ that
says when the object really dies, and gc.collect(), which returns how many unreachable objects
it found.
"""

import gc
import sys


class TmpClass:
    def __del__(self):
        print("  TmpClass.__del__: the object is freed")


gc.collect()

print("1. Without a cycle, reference counting frees the object at once:")
a = TmpClass()
print("  refcount:", sys.getrefcount(a) - 1)
del a
print("  after del a")

print("2. With a cycle, del leaves one reference, held by the object itself:")
a = TmpClass()
a.key = a
print("  refcount after a.key = a:", sys.getrefcount(a) - 1)
del a
print("  after del a: no __del__ yet, the object is unreachable but still counted")

print("3. The cycle collector finds it:")
found = gc.collect()
print("  gc.collect() found", found, "unreachable object(s)")
print("  a second gc.collect() finds", gc.collect())
