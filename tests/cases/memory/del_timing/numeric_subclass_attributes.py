# Instances of float and complex subclasses have a __dict__: what it holds lives as long as they do.
class F(float):
    pass


class C(complex):
    pass


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


f = F(1.5)
f.d = D("held by a float subclass")
c = C(1, 2)
c.d = D("held by a complex subclass")
print("before", f, c)
del f
print("after del f")
del c
print("after del c")
