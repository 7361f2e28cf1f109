# A cycle whose member resurrects itself in __del__ during a collection: nothing of the cycle
# is freed, the next collection frees it without calling __del__ again.
import gc

saved = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        if self.name == "a":
            saved.append(self)


gc.disable()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("collected", gc.collect())
print("saved", [n.name for n in saved], saved[0].peer.name)
saved.clear()
print("collected again", gc.collect())
print("end")
