import a.b.c as d
from .. import x as y, z
from os.path import (join, exists)
x = y = []
x += [1]
x[0] += 1
x.attr += 2
x[1:2] += [3]
(a, [b, *c]), d = e
for (i, j), k in z:
    pass
for x.attr in y:
    pass
for x[0] in y:
    pass
with open(f) as (a, b):
    pass
with open(f) as x.y:
    pass
del x, y
assert not x, "m"
