try:

    class Bad:
        __slots__ = ("x",)
        x = 1

except ValueError as e:
    print(e)


class Str:
    __slots__ = "single"


s = Str()
s.single = 1
print(s.single, Str.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(e)
try:

    class Weird:
        __slots__ = ("__dict__", "__dict__")

except TypeError as e:
    print(e)
