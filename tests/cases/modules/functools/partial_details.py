import functools
def f(a, b, *args, c=1, **kw):
    return (a, b, args, c, kw)
p = functools.partial(f, 1, c=5, z=9)
print(p(2), p(2, 3, c=0), p(b=7))
pp = functools.partial(p, 2, 3)
print(pp(), pp.args, pp.keywords, pp.func is f)
class C:
    def m(self, x, y):
        return (x, y)
    pm = functools.partialmethod(m, 10)
print(C().pm(20), repr(functools.partial(len))[:35])
try:
    functools.partial()
except TypeError as e:
    print(e)
try:
    functools.partial(5)
except TypeError as e:
    print(e)
