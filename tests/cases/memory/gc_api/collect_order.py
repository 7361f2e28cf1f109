# The order one collection meets its garbage in is the order of the collector's list:
# allocation order within a generation, and for a full collection generation 2's objects,
# then generation 0's, then generation 1's. DEBUG_COLLECTABLE's lines (written before any
# finalizer runs), the objects DEBUG_SAVEALL appends to gc.garbage, weakref callbacks and
# __del__ all follow it.
import gc
import io
import re
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name


class Finalized(Node):
    def __del__(self):
        print("  __del__", self.name)


def label(o):
    if isinstance(o, Node):
        return type(o).__name__ + ":" + o.name
    if isinstance(o, dict):
        return "dict" + str(sorted(k for k in o if isinstance(k, str)))
    if isinstance(o, (list, tuple)):
        return type(o).__name__ + str(len(o))
    if callable(o):
        return type(o).__name__ + ":" + o.__name__
    return type(o).__name__


def ring(tag, n, cls=Node):
    nodes = [cls(tag + str(i)) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]


refs = []


def watch(o):
    refs.append(weakref.ref(o, lambda r, name=o.name: print("  callback", name)))


def several():
    x = ring("x", 3)
    watch(x)
    watch(x.next)
    d = {"self": None, "node": Node("in-dict")}
    d["self"] = d
    lst = [Node("in-list")]
    lst.append(lst)
    y = ring("y", 2, Finalized)

    def closure():
        return closure, y

    z = Finalized("z")
    z.me = z
    watch(z)
    pair = (Node("in-tuple"), [])
    pair[1].append(pair)


def collect(*args):
    err = io.StringIO()
    sys.stderr = err
    n = gc.collect(*args)
    sys.stderr = sys.__stderr__
    lines = re.sub(r" 0x[0-9a-f]+", "", err.getvalue()).splitlines()
    print("collected", n, "debug lines:", [line.split()[-1].strip("<>") for line in lines])
    print("  garbage:", [label(o) for o in gc.garbage])
    # Freed for good, with nothing saved.
    debug = gc.get_debug()
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()
    gc.set_debug(debug)


gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)
several()
collect()

gc.set_debug(gc.DEBUG_SAVEALL)
old = ring("old", 2)
watch(old)
gc.collect()
mid = ring("mid", 2)
watch(mid)
gc.collect(0)
new = ring("new", 2)
watch(new)
del old, mid, new
print("generation 2, then 0, then 1:")
collect()
