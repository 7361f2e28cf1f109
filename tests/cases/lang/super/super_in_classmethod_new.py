class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


class Sub(Base):
    def __new__(cls, *args):
        print("Sub.__new__")
        return super().__new__(cls, *args)

    @classmethod
    def create(cls):
        return super().__new__(cls, "via classmethod")


s = Sub(1, 2)
print(s.args)
t = Sub.create()
print(type(t).__name__, hasattr(t, "args"))
