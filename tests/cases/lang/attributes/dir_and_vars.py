class Base:
    base_attr = 1

    def base_method(self):
        pass


class C(Base):
    c_attr = 2

    def __init__(self):
        self.inst = 3


names = dir(C())
print([n for n in names if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
print(vars(C()))
try:
    vars(5)
except TypeError as e:
    print(e)


class Custom:
    def __dir__(self):
        return ["z", "a", "m"]


print(dir(Custom()))
