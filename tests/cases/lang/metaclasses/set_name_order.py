class Named:
    def __init__(self, label):
        self.label = label

    def __set_name__(self, owner, name):
        print("__set_name__", self.label, owner.__name__, name)


class Hooks:
    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__)


class C(Hooks):
    b = Named("first")
    a = Named("second")
    shared = same = Named("shared")


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)


try:

    class D:
        attr = Broken()

except Exception as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__ if e.__cause__ else None)
