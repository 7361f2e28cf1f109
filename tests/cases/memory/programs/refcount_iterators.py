# Iterators hold the object they iterate, and a for loop holds its iterator: each adds one
# reference while it lives.
import sys

data = [1, 2, 3]
base = sys.getrefcount(data)
it = iter(data)
print("list iterator", sys.getrefcount(data) - base)
e = enumerate(data)
print("enumerate over the list", sys.getrefcount(data) - base)
z = zip(data, data)
print("zip twice", sys.getrefcount(data) - base)
del it, e, z
print("dropped", sys.getrefcount(data) - base)
for x in data:
    print("inside for", sys.getrefcount(data) - base)
    break
print("after for", sys.getrefcount(data) - base)
r = reversed(data)
print("reversed", sys.getrefcount(data) - base)
del r
d = {"a": data}
vals = d.values()
print("dict view holds the dict, not the list", sys.getrefcount(data) - base, sys.getrefcount(d))
del vals
m = map(len, [data])
print("map over a list holding it", sys.getrefcount(data) - base)
del m
g = (x for x in data)
print("generator expression", sys.getrefcount(data) - base)
del g
print("end", sys.getrefcount(data) - base)
