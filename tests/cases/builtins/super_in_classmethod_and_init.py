class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
        super().__init_subclass__()
class Mid(Base, tag="m"):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        print("Leaf init", self.x, self.y)
Leaf()
class WithNew:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
WithNew(1, 2)
