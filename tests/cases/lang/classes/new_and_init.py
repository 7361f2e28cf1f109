class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        instance = super().__new__(cls)
        instance.created = True
        return instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value


t = Tracked(1)
print(t.created, t.value)


class Other:
    def __init__(self):
        print("Other.__init__ never runs")


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("not called: __new__ returned a non-instance")


print(ReturnsOther())
