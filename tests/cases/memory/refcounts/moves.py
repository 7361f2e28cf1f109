# sys.getrefcount as an object gains and loses references.
import sys

x = object()
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
lst.pop()
print(sys.getrefcount(x))
del d["k"]
print(sys.getrefcount(x))
lst = None
print(sys.getrefcount(x))
