# sys.getrefcount for objects stored in nested containers, in a container that holds itself,
# and while being iterated.
import sys

x = object()
base = sys.getrefcount(x)
nested = [[x, [x]], {"k": (x, x)}]
print("nested", sys.getrefcount(x) - base)
selfish = [x]
selfish.append(selfish)
print("self-referencing list", sys.getrefcount(x) - base, sys.getrefcount(selfish))
for item in nested[0]:
    print("while iterating", sys.getrefcount(x) - base)
    break
del item
nested[1]["k"] = None
print("tuple dropped", sys.getrefcount(x) - base)
nested.clear()
print("cleared", sys.getrefcount(x) - base)
selfish.pop()
print("self reference removed", sys.getrefcount(selfish))
print("end", sys.getrefcount(x) - base)
