import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)

    return wrapper


@deco
@deco
def target(x: int) -> int:
    """Doc of target."""
    return x


print(target.__name__, target.__doc__, target.__annotations__)
print(target.__wrapped__.__name__, target.__wrapped__.__wrapped__.__name__)
print(target.__wrapped__ is not target.__wrapped__.__wrapped__)
print(target.__module__, target.__qualname__)
print(target(7))
