class Base1:
    pass


class C(Base1):
    def greet(self):
        return "hello"


c = C()
print(c.greet())
C.greet = lambda self: "patched"
print(c.greet())
del C.greet
try:
    c.greet()
except AttributeError as e:
    print(e)


class D:
    pass


C.__bases__ = (D,)
D.extra = "from new base"
print(c.extra, [k.__name__ for k in C.__mro__])
c.__class__ = D
print(type(c).__name__)
