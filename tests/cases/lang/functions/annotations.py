def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(f.__annotations__)
print(list(f.__annotations__))


def g(x):
    pass


print(g.__annotations__)
g.__annotations__["x"] = "added"
print(g.__annotations__)


def h() -> None:
    pass


print(h.__annotations__)
calls = []


def note(v):
    calls.append(v)
    return v


def k(p: note("p") = note("default")) -> note("ret"):
    pass


print(calls)
