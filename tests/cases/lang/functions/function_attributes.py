def example(a, b=1):
    "The docstring."
    return a + b


print(example.__name__, example.__qualname__)
print(example.__doc__)
print(example.__module__)
print(type(example).__name__)
print(example.__dict__)
example.custom = "attribute"
print(example.__dict__, example.custom)
example.__name__ = "renamed"
print(example.__name__, example.__qualname__)
print(example.__globals__ is globals())
print(example.__closure__)


def nodoc():
    pass


print(nodoc.__doc__)


def not_a_doc():
    x = 1
    "not a docstring"


print(not_a_doc.__doc__)
