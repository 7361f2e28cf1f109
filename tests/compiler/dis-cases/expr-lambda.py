f = lambda: 1
g = lambda x, y=2, *a, k=3, **kw: x + y
h = lambda: (yield)
