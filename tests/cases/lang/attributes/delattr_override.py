class C:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("deleting", name)
        if name == "b":
            raise AttributeError("b is protected")
        super().__delattr__(name)


c = C()
del c.a
print(hasattr(c, "a"))
try:
    del c.b
except AttributeError as e:
    print(e)
print(c.b)
try:
    del c.zzz
except AttributeError as e:
    print(e)
