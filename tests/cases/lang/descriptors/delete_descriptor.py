class D:
    def __get__(self, obj, owner):
        return "got"

    def __delete__(self, obj):
        print("__delete__ called")


class OnlySet:
    def __set__(self, obj, value):
        print("set", value)


class C:
    d = D()
    s = OnlySet()


c = C()
del c.d
print(c.d)
c.s = 1
print(type(c.s).__name__)
try:
    c.d = 5
except AttributeError as e:
    print(e)
try:
    del c.s
except AttributeError as e:
    print(e)
