class Base:
    def __init_subclass__(cls):
        print("implicit classmethod:", cls.__name__, type(cls).__name__)


print(type(Base.__dict__["__init_subclass__"]).__name__)


class A(Base):
    pass


class B(A):
    pass


try:

    class C(object, keyword=1):
        pass

except TypeError as e:
    print(e)
