class A:
    @property
    def v(self):
        return "A.v"
class B(A):
    @A.v.getter
    def v(self):
        return "B.v+" + super().v
class C(A):
    v = property(lambda self: "C.v")
print(A().v, B().v, C().v, type(B.v).__name__, B.v is not A.v)
class D:
    def _get(self):
        return self._x
    def _set(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    x = property(_get, _set, doc="x property")
d = D()
d.x = 3
print(d.x, D.x.__doc__)
try:
    d.x = -1
except ValueError as e:
    print(e)
