import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper
@deco
def greet(name: str) -> str:
    "Say hi."
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__, greet.__annotations__, greet.__wrapped__.__name__)
def plain():
    pass
def other():
    "other doc"
other.attr = 5
functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.attr, plain.__wrapped__ is other)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
