class C:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("__init__", args)


obj = type.__call__(C, 1, 2)
print(type(obj).__name__)
print(type(5) is int, type(type) is type)
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
X = type("X", (C,), {})
X(3)
