import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    "Add two numbers."
    return a + b


print(add(1, 2))
print(add.__name__, add.__doc__, add.__qualname__)
print(add.__wrapped__(3, 4))
print(add.__wrapped__.__name__, add is add.__wrapped__)


def plain(fn):
    def wrapper():
        return fn()

    return wrapper


@plain
def thing():
    pass


print(thing.__name__, hasattr(thing, "__wrapped__"))
