# Weak references stored in containers, and referents that move around.
import weakref

class N:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"N({self.name})"

objs = [N(i) for i in range(3)]
refs = [weakref.ref(o) for o in objs]
print([r() for r in refs])
moved = objs.pop(0)
print([r() for r in refs])
objs.clear()
print([r() for r in refs])
moved = None
print([r() for r in refs])
