def f():
    x = 1
    y = [locals().get("x") for _ in range(2)]
    return y, sorted(locals())
print(f())
class K:
    a = 1
    b = a + 1
    snapshot = dict(locals())
print(sorted(k for k in K.snapshot if not k.startswith("__")), K.b)
def g(p, *args, kw=0, **kws):
    return sorted(locals().items())
print(g(1, 2, 3, kw=4, z=5))
