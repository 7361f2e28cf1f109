class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        print("deleting")
        del self._x
    x = property(getx, setx, delx, "the x")
    @property
    def ro(self):
        "read only doc"
        return "ro"
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.ro.__doc__, type(C.x).__name__, C.x.fget.__name__, C.ro.fset)
del c.x
print(hasattr(c, "_x"))
for f in [lambda: setattr(c, "ro", 1), lambda: delattr(c, "ro")]:
    try:
        f()
    except AttributeError as e:
        print(e)
class D:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val + 1
d = D()
d.v = 1
print(d.v, D.v.setter.__name__, D.v.fdel)
p = property()
try:
    p.__get__(d, D)
except AttributeError as e:
    print(e)
print(property(lambda s: 1).__get__(None, D).__class__.__name__)
