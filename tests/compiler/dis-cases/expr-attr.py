o = object()
x = o.a
o.b = 1
del o.b
o.c += 2
x = o.a.b.c
