class P:
    def __init__(self):
        self._x = 0

    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v * 2

    def del_x(self):
        self._x = "deleted"

    x = property(get_x, set_x, del_x, "X doc")
    y = property(doc="only doc")


p = P()
p.x = 5
print(p.x, P.x.__doc__)
del p.x
print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
q = property(lambda self: 1)
print(q.getter(lambda self: 2) is not q)
