x: int = 5
y: str
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print(e)


class C:
    a: int = 1
    b: "list[str]"
    c = 3


print(C.__annotations__, C.a, hasattr(C, "b"))


def f():
    local: int = 1
    other: str
    return local


print(f(), f.__annotations__)
d = {}
d["k"]: int = 7
print(d)
