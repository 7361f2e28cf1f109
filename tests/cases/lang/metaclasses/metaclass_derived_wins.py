class Meta(type):
    pass


class SubMeta(Meta):
    pass


class A(metaclass=Meta):
    pass


class B(A, metaclass=type):
    pass


print(type(B).__name__)


class C(metaclass=SubMeta):
    pass


class D(A, C):
    pass


print(type(D).__name__)


def func_meta(name, bases, ns):
    print("function as metaclass", name)
    return 42


class E(metaclass=func_meta):
    pass


print(E)
