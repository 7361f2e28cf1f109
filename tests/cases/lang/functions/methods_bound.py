class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


c = C(3)
m = c.get
print(type(m).__name__, m(), m.__self__ is c, m.__func__ is C.get)
print(C.get(c))
print(m == c.get, m is c.get)
print(m.__name__, m.__qualname__)
c.get = lambda: "instance attribute wins"
print(c.get())
del c.get
print(c.get())


def free(self):
    return "free " + str(self.v)


C.free = free
print(c.free())
