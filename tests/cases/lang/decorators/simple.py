def shout(fn):
    def wrapper(*args):
        return fn(*args).upper()

    return wrapper


@shout
def greet(name):
    return "hello " + name


print(greet("world"))
print(greet.__name__)


def register(fn):
    registry.append(fn.__name__)
    return fn


registry = []


@register
def a():
    pass


@register
def b():
    pass


print(registry, a.__name__)
