class C:
    double = lambda self, x: x * 2
    stat = staticmethod(lambda x: -x)
    factor = 3
    scale = lambda self, x: x * self.factor


c = C()
print(c.double(4), C.stat(5), c.scale(2))
print(C.double.__qualname__, C.double.__name__)
try:
    C.double(3)
except TypeError as e:
    print(e)
