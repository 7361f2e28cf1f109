# A tree whose nodes point back to their parent: with strong back-pointers the tree is a cycle
# that only the collector frees; with weak ones reference counting frees it at once, top down.
import gc
import weakref


class Node:
    def __init__(self, name, parent=None, weak=False):
        self.name = name
        self.children = []
        if parent is not None:
            self.parent = weakref.ref(parent) if weak else parent
            parent.children.append(self)

    def __del__(self):
        print("del", self.name)


def build(weak):
    root = Node("root")
    a = Node("a", root, weak)
    Node("a1", a, weak)
    Node("a2", a, weak)
    Node("b", root, weak)
    return root


gc.disable()
t = build(weak=False)
print(t.children[0].children[1].parent.parent.name)
del t
print("strong tree dropped")
print("collected", gc.collect())
t = build(weak=True)
print(t.children[0].children[1].parent().parent().name)
leaf = t.children[0].children[0]
del t
print("weak tree dropped, leaf parent:", leaf.parent())
del leaf
print("collected", gc.collect())
print("end")
