def to_value(fn):
    return fn()


@to_value
def answer():
    return 42


print(answer, type(answer).__name__)


def to_class(fn):
    class Wrapped:
        def __call__(self, *args):
            return "called " + fn(*args)

    return Wrapped()


@to_class
def name(x):
    return x


print(name("n"), type(name).__name__)
