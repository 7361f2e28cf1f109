class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Base(metaclass=Meta):
    x = 1

    def __init__(self, v=None):
        self.v = v


class Child(Base, flag=True):
    y = 2


c = Child(5)
print(c.v, Child.created_by, type(Child).__name__, type(c).__name__)
