class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [default[-1]]


class A:
    def f(self):
        return "A"


class B:
    def f(self):
        return "B"


class C(A, B, metaclass=ReverseMeta):
    pass


print([k.__name__ for k in C.__mro__])
print(C().f())
