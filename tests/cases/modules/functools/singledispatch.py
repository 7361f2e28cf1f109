import functools
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)
@describe.register(float)
@describe.register(complex)
def _(x):
    return "number"
print(describe(1), describe(True), describe("s"), describe([1, 2.5, "x"]), describe(1j), describe.dispatch(bool).__name__)
print(sorted(k.__name__ for k in describe.registry))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3), Shape().area("x"))
